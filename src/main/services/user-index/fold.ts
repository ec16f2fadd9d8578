/**
 * Case folding for search, done in JavaScript so that the trigram index, the short-search LIKE scan and the tests'
 * naive model all agree. SQLite's own folding differs by path: FTS5 trigram `case_sensitive 0` folds non-ASCII
 * letters (É/é, Σ/σ, Д/д, ẞ/ß) while LIKE folds only A-Z, so a 2-character search would behave unlike a
 * 3-character one. We store folded text and give SQLite folded queries, so its folding never matters.
 *
 * Folding is per code point (`toLowerCase` of a whole string applies the context rule for a final sigma, which
 * would make fold(part) not a substring of fold(whole)). It is lower-casing, not full Unicode case folding:
 * ß stays ß (STRASSE does not find Straße), İ becomes i + a combining dot. U+001F separates values in the stored text, so it folds
 * to a space: no query can then match across two values.
 */
export const VALUE_SEPARATOR = '\u001f';

export function fold(text: string): string {
  const spaced = text.includes(VALUE_SEPARATOR) ? text.replaceAll(VALUE_SEPARATOR, ' ') : text;
  // Σ is the only character whose lower case depends on its neighbours (Final_Sigma): map it, and the final
  // form ς that a person may type, to σ, as Unicode case folding does.
  const lower = (spaced.includes('Σ') ? spaced.replaceAll('Σ', 'σ') : spaced).toLowerCase();
  return lower.includes('ς') ? lower.replaceAll('ς', 'σ') : lower;
}

/** The searchable text of one user: user name and every attribute value, folded, one separator between. */
export function searchText(username: string, attributes: Record<string, string>): string {
  return [username, ...Object.values(attributes)].map(fold).join(VALUE_SEPARATOR);
}

/** LIKE with `ESCAPE '\'`: the escape character itself, `%` and `_` become literals. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Trigrams count code points (an emoji is one), as SQLite's trigram tokenizer does. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/**
 * An FTS5 phrase for "contains `folded`": with the trigram tokenizer and detail=full a phrase of 3 or more code
 * points matches exactly the texts holding it as a substring. Undefined below 3: no trigram to look up.
 */
export function trigramQuery(folded: string): string | undefined {
  if (codePoints(folded).length < 3) return undefined;
  return `"${folded.replaceAll('"', '""')}"`;
}
