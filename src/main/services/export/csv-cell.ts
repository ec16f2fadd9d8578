/**
 * A spreadsheet treats a cell starting with = + - @ (or tab / CR, which some strip first) as a formula: a user
 * attribute like `=HYPERLINK(...)` would run on the admin's machine. A leading ' makes Excel and LibreOffice show
 * the text as is (OWASP "CSV injection").
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The groups column: names joined by `;`. Cognito group names may hold `;` (and `\`), so those are escaped with a
 * backslash (`a\;b`, `back\\slash`): split on an unescaped `;`, then drop each escaping backslash.
 */
export function groupsCell(groups: readonly string[]): string {
  return groups.map((name) => name.replace(/[\\;]/g, (c) => `\\${c}`)).join(';');
}
