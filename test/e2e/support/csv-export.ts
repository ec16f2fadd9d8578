import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** An exported CSV read back with an independent RFC 4180 parser: the BOM dropped, CRLF records, header row keys. */
export function readCsvExport(file: string): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: true,
  });
}
