import { beforeEach, describe, expect, it } from 'vitest';
import { UserIndex } from '../../../../../src/main/services/user-index';
import { HOSTILE, indexPerTest, naiveSearch, REF, user } from './helpers';

let index: UserIndex;
let dir = '';
indexPerTest(
  (opened, folder) => ((index = opened), (dir = folder)),
  () => index,
);

const usernames = (rows: { username: string }[]): string[] => rows.map((r) => r.username).sort();

describe('user index: writes and reads back', () => {
  it('stores hostile values exactly, in names and in standard and custom attributes', () => {
    const rows = HOSTILE.map((v, i) =>
      user(i, { name: v, 'custom:note': `${v}|${i}` }, { username: `u${i}_${v.replace(/\s/g, '') || 'empty'}` }),
    );
    index.upsertUsers(rows, 1);
    index.close();
    index = UserIndex.open(dir, REF);
    const { rows: back, total } = index.query({ limit: 1000 });
    expect(total).toBe(rows.length);
    const byName = new Map(back.map((r) => [r.username, r]));
    for (const r of rows) expect(byName.get(r.username)).toEqual(r);
  });

  it('replaces a user on a second write (keyed by sub) and re-indexes its new values only', () => {
    index.upsertUsers([user(1, { 'custom:team': 'alpha' })], 1);
    index.upsertUsers([user(1, { 'custom:team': 'bravo' }, { username: 'renamed' })], 1);
    expect(index.query({ limit: 10 }).rows.map((r) => r.username)).toEqual(['renamed']);
    expect(index.query({ search: 'alpha', limit: 10 }).total).toBe(0);
    expect(index.query({ search: 'bravo', limit: 10 }).rows.map((r) => r.username)).toEqual(['renamed']);
  });

  it('keys a user without sub by user name', () => {
    const { sub: _sub, ...attributes } = user(2).attributes;
    const { sub: _s, ...row } = user(2);
    index.upsertUsers([{ ...row, attributes }], 1);
    index.upsertUsers([{ ...row, attributes, status: 'CONFIRMED' }], 1);
    const { rows } = index.query({ limit: 10 });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sub).toBeUndefined();
    expect(rows[0]?.status).toBe('CONFIRMED');
  });
});

describe('user index: search', () => {
  const rows = [
    user(1, { 'custom:department': 'Zürich Operations', name: 'Ada Lovelace' }),
    user(2, { 'custom:department': 'ZÜRICH sales', name: 'Grace Hopper' }),
    user(3, { 'custom:department': 'Москва', name: 'ΣΊΣΥΦΟΣ Straße' }),
    user(4, { 'custom:department': '100% _under_ back\\slash', name: 'Émile Zola' }),
    user(5, { 'custom:department': 'Xx', name: '😀 emoji' }),
  ];
  beforeEach(() => index.upsertUsers(rows, 1));
  const search = (s: string): string[] => usernames(index.query({ search: s, limit: 100 }).rows);

  it('finds a substring of a custom attribute, ignoring case, including non-ASCII letters', () => {
    expect(search('zürich')).toEqual(['user-0001', 'user-0002']);
    expect(search('RICH OP')).toEqual(['user-0001']);
    expect(search('москва')).toEqual(['user-0003']);
    expect(search('σίσυφος')).toEqual(['user-0003']);
    expect(search('ÉMILE')).toEqual(['user-0004']);
    expect(search('STRASSE')).toEqual([]); // no ß -> ss expansion: folding is lower-casing, not Unicode case folding
  });

  it('finds a substring of standard attributes and the user name', () => {
    expect(search('u3@EXAMPLE')).toEqual(['user-0003']);
    expect(search('grace hop')).toEqual(['user-0002']);
    expect(search('USER-000')).toHaveLength(5);
    expect(search('0000-4000-8000-000000000004')).toEqual(['user-0004']);
  });

  it('never matches across two values', () => {
    // "Lovelace" is followed by the department in the stored text: the end of one and start of another do not join.
    expect(search('lacezür')).toEqual([]);
    expect(search('lace zür')).toEqual([]);
  });

  it('answers 1- and 2-character searches by a LIKE scan that takes % _ and \\ literally', () => {
    expect(search('%')).toEqual(['user-0004']);
    expect(search('_')).toEqual(['user-0004']);
    expect(search('\\')).toEqual(['user-0004']);
    expect(search('0%')).toEqual(['user-0004']);
    expect(search('xx')).toEqual(['user-0005']);
    expect(search('😀')).toEqual(['user-0005']);
    expect(search('üR')).toEqual(['user-0001', 'user-0002']);
    expect(search('ΣΥ')).toEqual(['user-0003']);
  });

  it('takes % _ and \\ literally in trigram searches too', () => {
    expect(search('0% _u')).toEqual(['user-0004']);
    expect(search('k\\s')).toEqual(['user-0004']);
    expect(search('%%%')).toEqual([]);
  });

  it('gives the same answers as a naive filter for every fragment of every value', () => {
    const all = index.query({ limit: 100 }).rows;
    for (const r of rows) {
      for (const v of Object.values(r.attributes)) {
        const chars = Array.from(v);
        for (const len of [1, 2, 3, 5]) {
          const fragment = chars.slice(1, 1 + len).join('');
          expect(search(fragment), fragment).toEqual(usernames(naiveSearch(all, fragment)));
        }
      }
    }
  });
});
