import { IMPORT_MAX_LINE } from './export/cognito-csv';

/** CreateUserImportJob's documented limits. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
export const IMPORT_MAX_USERS = 500_000;

export interface ImportProblem {
  /** 1-based line of the file (1 = the header). */
  line: number;
  column?: string;
  message: string;
}

export interface ImportCheck {
  users: number;
  problems: ImportProblem[];
  /** More problems than were listed. */
  truncated: boolean;
}

const LISTED = 500;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{1,14}$/;
const BOOLEAN = /^(true|false)$/i;

/** One line of the import format: commas split cells unless escaped as \, (values are never quoted). */
export function splitImportLine(line: string): string[] {
  return line.split(/(?<!\\),/).map((cell) => cell.replace(/\\,/g, ','));
}

/**
 * Checks a user import file locally, before CreateUserImportJob, against the pool's GetCSVHeader columns and the
 * format's rules (AWS developer guide, "Creating the user import .csv file"): same columns in any order, no BOM,
 * cognito:username and cognito:mfa_enabled filled, booleans, email and E.164 phone formats, line and file limits.
 */
export function checkImportFile(text: string, header: readonly string[]): ImportCheck {
  const problems: ImportProblem[] = [];
  let truncated = false;
  const add = (problem: ImportProblem): void => {
    if (problems.length < LISTED) problems.push(problem);
    else truncated = true;
  };
  if (Buffer.byteLength(text, 'utf8') > IMPORT_MAX_BYTES) add({ line: 1, message: 'The file is over 100 MB' });
  if (text.startsWith('\uFEFF'))
    add({ line: 1, message: 'The file starts with a byte order mark: save it as UTF-8 without BOM' });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const columns = splitImportLine(lines[0] ?? '');
  const expected = new Set(header);
  for (const c of columns)
    if (!expected.has(c)) add({ line: 1, column: c, message: `${c} is not a column of this pool's import header` });
  for (const c of header) if (!columns.includes(c)) add({ line: 1, column: c, message: `The header lacks ${c}` });
  const users = lines.length - 1;
  if (users > IMPORT_MAX_USERS) add({ line: 1, message: `${users} users: one import job takes at most 500,000` });
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const at = i + 1;
    if (line.length > IMPORT_MAX_LINE)
      add({ line: at, message: `The line is ${line.length} characters; at most 16,000` });
    const cells = splitImportLine(line);
    if (cells.length !== columns.length) {
      add({
        line: at,
        message: `${cells.length} values for ${columns.length} columns (a comma in a value is written \\,)`,
      });
      continue;
    }
    const value = (column: string): string => cells[columns.indexOf(column)] ?? '';
    const username = value('cognito:username');
    if (!username) add({ line: at, column: 'cognito:username', message: 'cognito:username is required' });
    else if (/\s/.test(username))
      add({ line: at, column: 'cognito:username', message: 'A user name has no spaces or tabs' });
    else if (seen.has(username))
      add({ line: at, column: 'cognito:username', message: `Same user name as line ${seen.get(username)}` });
    else seen.set(username, at);
    if (!BOOLEAN.test(value('cognito:mfa_enabled'))) {
      add({ line: at, column: 'cognito:mfa_enabled', message: 'cognito:mfa_enabled must be true or false' });
    }
    for (const flag of ['email_verified', 'phone_number_verified']) {
      const v = value(flag);
      if (v && !BOOLEAN.test(v)) add({ line: at, column: flag, message: `${flag} must be true, false or empty` });
    }
    const email = value('email');
    if (email && !EMAIL.test(email))
      add({ line: at, column: 'email', message: `"${email.slice(0, 80)}" is not an email address` });
    if (/^true$/i.test(value('email_verified')) && !email)
      add({ line: at, column: 'email', message: 'email_verified is true without an email' });
    const phone = value('phone_number');
    if (phone && !E164.test(phone))
      add({
        line: at,
        column: 'phone_number',
        message: `"${phone.slice(0, 40)}" is not E.164 (+ and up to 15 digits)`,
      });
    if (/^true$/i.test(value('phone_number_verified')) && !phone) {
      add({ line: at, column: 'phone_number', message: 'phone_number_verified is true without a phone number' });
    }
  }
  return { users: Math.max(0, users), problems, truncated };
}
