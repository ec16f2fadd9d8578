import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndexSort } from '../../../../../src/main/services/user-index';
import { UserIndex } from '../../../../../src/main/services/user-index';
import type { UserRow } from '../../../../../src/shared/model/users';
import { HOSTILE, REF, naiveFilter, naiveSearch, naiveSort, tempDataDir, user } from './helpers';

let data: ReturnType<typeof tempDataDir>;
let index: UserIndex;
afterEach(() => {
  index.close();
  data.cleanup();
});

const TEAMS = ['Alpha', 'alpha', 'Ärger', 'Beta', 'beta_1', '100%', 'z\\y', '😀', 'עברית'];
const ROWS: UserRow[] = Array.from({ length: 230 }, (_, n) =>
  user(n, {
    ...(n % 6 === 0 ? {} : { 'custom:team': TEAMS[n % TEAMS.length] ?? '' }),
    name: `${HOSTILE[n % HOSTILE.length] ?? ''} ${n % 10}`,
  }),
);

describe('user index: filters and sorts', () => {
  // A small cap makes the broad searches take the walk path and the narrow ones the candidate path, both tested.
  beforeEach(() => {
    data = tempDataDir();
    index = UserIndex.open(data.dir, REF, { candidateCap: 20 });
    index.upsertUsers(ROWS, 1);
  });
  const names = (rows: UserRow[]): string[] => rows.map((r) => r.username);

  it('applies equals / startsWith / contains per attribute, A-Z ignoring case for LIKE, exact for equals', () => {
    const cases = [
      { field: 'custom:team', op: 'equals', value: 'alpha' },
      { field: 'custom:team', op: 'startsWith', value: 'ALP' },
      { field: 'custom:team', op: 'startsWith', value: 'ä' }, // LIKE does not fold Ä: no match
      { field: 'custom:team', op: 'contains', value: '_' },
      { field: 'custom:team', op: 'contains', value: '0%' },
      { field: 'custom:team', op: 'contains', value: '\\' },
      { field: 'status', op: 'equals', value: 'CONFIRMED' },
      { field: 'enabled', op: 'equals', value: 'false' },
      { field: 'username', op: 'startsWith', value: 'user-01' },
      { field: 'email', op: 'contains', value: '7@EXAMPLE.COM' },
    ] as const;
    for (const f of cases) {
      const got = index.query({ filters: [f], sort: { field: 'username', direction: 'asc' }, limit: 1000 });
      const want = naiveSort(naiveFilter(ROWS, f), { field: 'username', direction: 'asc' });
      expect(names(got.rows), JSON.stringify(f)).toEqual(names(want));
      expect(got.total, JSON.stringify(f)).toBe(want.length);
      expect(index.count({ filters: [f] })).toBe(want.length);
    }
    expect(index.query({ filters: [{ field: 'custom:team', op: 'startsWith', value: 'ä' }], limit: 5 }).total).toBe(0);
  });

  it('combines a search with filters', () => {
    const f = { field: 'custom:team', op: 'contains', value: 'a' } as const;
    const sort = { field: 'username', direction: 'asc' } as const;
    const got = index.query({ search: 'example', filters: [f], sort, limit: 1000 });
    expect(names(got.rows)).toEqual(
      names(naiveSort(naiveFilter(naiveSearch(ROWS, 'example'), f), { field: 'username', direction: 'asc' })),
    );
  });

  it('pages every sort in blocks that join into the full sorted list, with no duplicate or gap', () => {
    // A walk budget of 30 rows: sorted broad searches both finish inside it and fall back to sorting all matches.
    index.close();
    index = UserIndex.open(data.dir, REF, { candidateCap: 20, walkBudget: 30 });
    const fields = ['username', 'status', 'enabled', 'createdAt', 'lastModifiedAt', 'custom:team', 'name'];
    for (const field of fields) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const search of [undefined, 'a', 'example', '0000-4000-8000-0000000000a']) {
          const sort: IndexSort = { field, direction };
          const want = naiveSort(search ? naiveSearch(ROWS, search) : ROWS, sort);
          const got: UserRow[] = [];
          for (let offset = 0; offset <= want.length + 7; offset += 7) {
            got.push(...index.query({ search, sort, offset, limit: 7 }).rows);
          }
          expect(names(got), `${field} ${direction} ${search}`).toEqual(names(want));
        }
      }
    }
  });

  it('pages in the order users were first written when no sort is chosen', () => {
    for (const search of [undefined, 'a', 'example', 'user-01', '0000-4000-8000-0000000000a', 'no such']) {
      const want = search ? naiveSearch(ROWS, search) : ROWS;
      const got: UserRow[] = [];
      for (let offset = 0; offset <= want.length + 9; offset += 9)
        got.push(...index.query({ search, offset, limit: 9 }).rows);
      expect(names(got), String(search)).toEqual(names(want));
    }
  });

  it('says when a total is only a lower bound, and count() gives it exactly', () => {
    const first = index.query({ search: 'example', limit: 10 });
    expect(first.rows).toHaveLength(10);
    expect(first.totalIsLowerBound).toBe(true);
    expect(first.total).toBeGreaterThan(10);
    expect(index.count({ search: 'example' })).toBe(ROWS.length);
    const last = index.query({ search: 'example', offset: 225, limit: 10 });
    expect(last).toMatchObject({ total: 230, totalIsLowerBound: false });
    expect(index.query({ search: 'example', offset: 500, limit: 10 })).toMatchObject({ total: 230, rows: [] });
  });

  it('lists every matching key once, in pages, without holding rows', () => {
    const pages = [
      ...index.matchingKeys({ search: 'example', filters: [{ field: 'enabled', op: 'equals', value: 'true' }] }, 16),
    ];
    expect(pages.every((p) => p.length <= 16)).toBe(true);
    const keys = pages.flat();
    const want = ROWS.filter((r) => r.enabled);
    expect(keys).toHaveLength(want.length);
    expect(new Set(keys.map((k) => k.sub)).size).toBe(want.length);
    expect(keys.map((k) => k.username).sort()).toEqual(want.map((r) => r.username).sort());
    expect([...index.matchingKeys({ search: 'no such user' })]).toEqual([]);
  });

  it('refuses a malformed query instead of building SQL from it', () => {
    expect(() => index.query({ sort: { field: 'custom:x") --', direction: 'asc' }, limit: 5 })).toThrow(
      /column or attribute/,
    );
    expect(() => index.query({ limit: 5000 })).toThrow();
    expect(() => index.query({ filters: [{ field: 'password', op: 'equals', value: 'x' }], limit: 5 })).toThrow();
  });
});

describe('user index: search is a naive substring filter (property)', () => {
  beforeEach(() => {
    data = tempDataDir();
  });

  const piece = fc.oneof(
    fc.constantFrom(...HOSTILE, 'É', 'é', 'ς', 'Σ', '%', '_', '\\', '"', '\u001f', 'ab', 'AB'),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );
  const value = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));

  it('returns exactly the rows a naive folded substring filter keeps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value, value), { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.nat({ max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        (values, pick, start, length) => {
          index = UserIndex.open(
            data.dir,
            { ...REF, userPoolId: `eu-west-1_p${pick % 1000}x${start}` },
            { candidateCap: 3 },
          );
          try {
            const rows = values.map(([a, b, c], n) => user(n, { name: a, 'custom:x': b, 'dev:custom:y': c }));
            index.upsertUsers(rows, 1);
            const source = values[pick % values.length]?.[pick % 3] ?? '';
            const search =
              Array.from(source)
                .slice(start, start + length)
                .join('') || source;
            const got = index
              .query({ search, limit: 1000 })
              .rows.map((r) => r.username)
              .sort();
            const want = naiveSearch(rows, search)
              .map((r) => r.username)
              .sort();
            expect(got).toEqual(want);
          } finally {
            index.close();
            data.cleanup();
            data = tempDataDir();
          }
        },
      ),
      { numRuns: 60 },
    );
    index = UserIndex.open(data.dir, REF);
  });
});
