import type { UserRow } from '../../../shared/model/users';

/**
 * Cognito's user import format (developer guide, "Creating the user import .csv file") is not RFC 4180: values are
 * never quoted, a comma inside a value is written as \, , the file is UTF-8 without a BOM, leading and trailing
 * spaces are trimmed on import, cognito:mfa_enabled is always filled, a line is at most 16,000 characters.
 * A value those rules cannot carry makes the row unwritable: the row is left out and each reason reported,
 * never silently changed.
 */
export const IMPORT_MAX_LINE = 16_000;

/** The documented GetCSVHeader columns before the pool's custom attributes (used where GetCSVHeader is missing). */
export const DOCUMENTED_IMPORT_HEADER = [
  'cognito:username',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'email',
  'email_verified',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'phone_number',
  'phone_number_verified',
  'address',
  'updated_at',
  'cognito:mfa_enabled',
] as const;

export type ImportLine = { ok: true; line: string } | { ok: false; problems: string[] };

function carry(column: string, value: string): string | undefined {
  if (/[\r\n]/.test(value)) return `${column} holds a line break`;
  if (value.includes('"')) return `${column} holds a double quote (import values are never quoted)`;
  if (value.includes('\\')) return `${column} holds a backslash (the import format's escape character)`;
  if (value !== value.trim()) return `${column} starts or ends with white space, which import trims`;
  return undefined;
}

/** One row of the import file for a user, or why it cannot be one. */
export function importLine(header: readonly string[], user: UserRow, mfaEnabled: boolean): ImportLine {
  const problems: string[] = [];
  const cells = header.map((column) => {
    const value =
      column === 'cognito:username'
        ? user.username
        : column === 'cognito:mfa_enabled'
          ? String(mfaEnabled)
          : (user.attributes[column] ?? '');
    const problem = carry(column, value);
    if (problem) problems.push(problem);
    return value.replace(/,/g, '\\,');
  });
  const line = cells.join(',');
  if (line.length > IMPORT_MAX_LINE) problems.push(`the row is ${line.length} characters; import takes at most 16,000`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, line };
}
