import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { UserRow } from '../src/shared/model/users';
import type { SyntheticUser } from './synthetic-cognito';

/** How an export file compares with the backend's users, keyed by sub. */
export interface ExportCheck {
  rows: number;
  missing: number;
  duplicated: number;
  /** Rows whose values are not exactly the backend's (string equality, every field). */
  changed: number;
  /** Rows whose sub the backend does not hold. */
  extra: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The documented CSV rule (README, Exports): a cell starting with = + - @ tab or CR gets a leading '. */
const neutralized = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function sameAttributes(got: Record<string, string>, want: Record<string, string>): boolean {
  const keys = Object.keys(want);
  return Object.keys(got).length === keys.length && keys.every((k) => got[k] === want[k]);
}

function ndjsonMatches(row: UserRow, user: SyntheticUser): boolean {
  return (
    row.username === user.username &&
    row.status === user.status &&
    row.enabled === user.enabled &&
    row.createdAt === iso(user.createdMs) &&
    row.lastModifiedAt === iso(user.modifiedMs) &&
    sameAttributes(row.attributes, user.attributes)
  );
}

/** CSV: the fixed columns, then one per schema attribute; every cell neutralized, an absent attribute empty. */
function csvMatches(row: Record<string, string>, columns: string[], user: SyntheticUser): boolean {
  const fixed: Record<string, string> = {
    username: user.username,
    status: user.status,
    enabled: String(user.enabled),
    createdAt: iso(user.createdMs),
    lastModifiedAt: iso(user.modifiedMs),
  };
  if (!Object.keys(user.attributes).every((name) => columns.includes(name))) return false;
  return columns.every((c) => row[c] === neutralized(fixed[c] ?? user.attributes[c] ?? ''));
}

/** Reads an ndjson (JSON.parse per line) or csv (papaparse, RFC 4180) export and compares it with `users`. */
export function checkExport(file: string, format: 'ndjson' | 'csv', users: readonly SyntheticUser[]): ExportCheck {
  const bySub = new Map(users.map((u) => [u.sub, u]));
  const seen = new Set<string>();
  const result: ExportCheck = { rows: 0, missing: 0, duplicated: 0, changed: 0, extra: 0 };
  const visit = (sub: string, matches: (user: SyntheticUser) => boolean): void => {
    result.rows++;
    const user = bySub.get(sub);
    if (seen.has(sub)) result.duplicated++;
    else if (!user) result.extra++;
    else if (!matches(user)) result.changed++;
    seen.add(sub);
  };
  const text = readFileSync(file, 'utf8');
  if (format === 'ndjson') {
    for (const lineText of text.split('\n')) {
      if (lineText === '') continue;
      const row = JSON.parse(lineText) as UserRow;
      visit(row.sub ?? '', (user) => ndjsonMatches(row, user));
    }
  } else {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, newline: '\r\n' });
    if (parsed.errors.length > 0) throw new Error(`csv did not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const columns = parsed.meta.fields ?? [];
    for (const row of parsed.data) visit(row.sub ?? '', (user) => csvMatches(row, columns, user));
  }
  result.missing = users.filter((u) => !seen.has(u.sub)).length;
  return result;
}
