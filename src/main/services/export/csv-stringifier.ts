import type { Options, Stringifier } from 'csv-stringify';
import { stringify } from 'csv-stringify';
import type { Input } from 'csv-stringify/sync';
import { stringify as stringifySync } from 'csv-stringify/sync';

/**
 * Fields quoted on top of csv-stringify's own rule. The library quotes a field holding the delimiter, a quote or the
 * record delimiter as a whole, so with CRLF records a lone LF or CR went out bare and every spreadsheet and RFC 4180
 * parser split the user there. Quoted here: any CR or LF, a comma, a quote, the Unicode line and paragraph
 * separators (line breaks to some readers), and leading or trailing white space (trimmed by some readers).
 */
export const QUOTE_WHEN = /[\r\n,"\u2028\u2029\u0085]|^\s|\s$/;

/** The one way this app writes CSV: RFC 4180 quoting that holds for every value (see QUOTE_WHEN). */
export function csvStringifier(options: Omit<Options, 'quoted_match'>): Stringifier {
  return stringify({ ...options, quoted_match: QUOTE_WHEN });
}

/**
 * The same CSV as text, at once: the export writes it to the file itself so that it knows, after each page, how many
 * bytes are on disk (its resume checkpoint) without a transform stream holding some back.
 */
export function csvText(records: Input, options: Omit<Options, 'quoted_match'>): string {
  return stringifySync(records, { ...options, quoted_match: QUOTE_WHEN });
}
