import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { UserIndex } from '../../../../../src/main/services/user-index';
import { fold } from '../../../../../src/main/services/user-index/fold';
import type { IndexFilter, IndexSort } from '../../../../../src/main/services/user-index/query-schema';
import type { PoolRef, UserRow } from '../../../../../src/shared/model/users';

export const REF: PoolRef = { profile: 'prod/admin "eu"', region: 'eu-west-1', userPoolId: 'eu-west-1_AbC123xyz' };

/** A fresh data folder per test; removed by the returned function. */
export function tempDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'user-index-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Before each test, a UserIndex of REF on a fresh data folder, handed to `use`; after it, `current()` (the test may
 * have reopened it) is closed and the folder removed.
 */
export function indexPerTest(use: (index: UserIndex, dir: string) => void, current: () => UserIndex): void {
  let data: ReturnType<typeof tempDataDir> | undefined;
  beforeEach(() => {
    data = tempDataDir();
    use(UserIndex.open(data.dir, REF), data.dir);
  });
  afterEach(() => {
    current().close();
    data?.cleanup();
  });
}

/** Values that break naive CSV, LIKE, JSON or case handling. */
export const HOSTILE = [
  'line\nbreak',
  'carriage\rreturn',
  'para\u2028sep',
  'say "hi", \'there\'',
  'a,b,c',
  '100% sure',
  'snake_case_name',
  'back\\slash',
  '=HYPERLINK("http://x")',
  '+1-555',
  '-cmd',
  '@SUM(A1)',
  '😀 grin 👩‍👩‍👧',
  'مرحبا بالعالم',
  'ÉCOLE Straße',
  'ΣΊΣΥΦΟΣ',
  'unit\u001fsep',
  '',
];

export function user(n: number, attrs: Record<string, string> = {}, extra: Partial<UserRow> = {}): UserRow {
  const sub = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  return {
    username: `user-${String(n).padStart(4, '0')}`,
    sub,
    status: n % 3 === 0 ? 'CONFIRMED' : n % 3 === 1 ? 'UNCONFIRMED' : 'FORCE_CHANGE_PASSWORD',
    enabled: n % 4 !== 0,
    createdAt: new Date(Date.UTC(2024, 0, 1) + (n % 7) * 86_400_000).toISOString(),
    ...(n % 5 === 0 ? {} : { lastModifiedAt: new Date(Date.UTC(2025, 0, 1) + (n % 11) * 3_600_000).toISOString() }),
    attributes: { sub, email: `u${n}@example.com`, ...attrs },
    ...extra,
  };
}

/** The search the index promises, written the obvious way: folded substring of the user name or any value. */
export function naiveSearch(rows: UserRow[], search: string): UserRow[] {
  const q = fold(search);
  if (!q) return rows;
  return rows.filter((r) => [r.username, ...Object.values(r.attributes)].some((v) => fold(v).includes(q)));
}

/** SQLite LIKE folds A-Z only; equals is exact. */
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

export function fieldValue(r: UserRow, field: string): string | undefined {
  switch (field) {
    case 'username':
      return r.username;
    case 'status':
      return r.status;
    case 'enabled':
      return r.enabled ? 'true' : 'false';
    case 'createdAt':
      return r.createdAt;
    case 'lastModifiedAt':
      return r.lastModifiedAt;
    default:
      return r.attributes[field];
  }
}

export function naiveFilter(rows: UserRow[], f: IndexFilter): UserRow[] {
  return rows.filter((r) => {
    const v = fieldValue(r, f.field);
    if (v === undefined) return false;
    if (f.op === 'equals') return v === f.value;
    if (f.op === 'startsWith') return asciiLower(v).startsWith(asciiLower(f.value));
    return asciiLower(v).includes(asciiLower(f.value));
  });
}

/** SQLite BINARY order is UTF-8 byte order, which is code point order (not JS's UTF-16 code unit order). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The order the index promises: the field (missing first, as SQL NULLs), then the key, all in one direction. */
export function naiveSort(rows: UserRow[], sort: IndexSort): UserRow[] {
  const key = (r: UserRow): string => r.sub ?? r.attributes.sub ?? `username:${r.username}`;
  const sign = sort.direction === 'desc' ? -1 : 1;
  const value = (r: UserRow): string | number | undefined =>
    sort.field === 'enabled' ? (r.enabled ? 1 : 0) : fieldValue(r, sort.field);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    let d = 0;
    if (va === undefined || vb === undefined) d = (va === undefined ? 0 : 1) - (vb === undefined ? 0 : 1);
    else if (typeof va === 'number' && typeof vb === 'number') d = va - vb;
    else d = compareCodePoints(String(va), String(vb));
    return sign * (d !== 0 ? d : compareCodePoints(key(a), key(b)));
  });
}
