import { describe, expect, it } from 'vitest';
import type { UserRow } from '../../../src/shared/model/users';
import { defaultScope, scopeTargets, targetFields } from '../../../src/renderer/features/users/job-scope';

const row = (username: string): UserRow => ({ username, status: 'CONFIRMED', enabled: true, attributes: {} });
const base = { selected: [row('a'), row('b')], matches: [row('a'), row('b'), row('c')], poolName: 'p', total: 10 };

describe('job scope', () => {
  it('prefers the selection, then the quick-filter matches, then everything', () => {
    expect(defaultScope({ ...base, filter: undefined })).toBe('selected');
    expect(defaultScope({ ...base, selected: [], filter: undefined })).toBe('matches');
    expect(defaultScope({ ...base, selected: [], matches: undefined, filter: undefined })).toBe('all');
  });

  it('sends usernames for a selection or the matches, with their count', () => {
    expect(scopeTargets('selected', { ...base, filter: undefined })).toEqual({ usernames: ['a', 'b'], count: 2 });
    expect(scopeTargets('matches', { ...base, filter: undefined })).toEqual({ usernames: ['a', 'b', 'c'], count: 3 });
  });

  it('sends the server search for "everyone" when one is active (count unknown), else nothing: the whole pool', () => {
    const filter = { attribute: 'email', operator: '^=', value: 'a' } as const;
    expect(scopeTargets('all', { ...base, filter })).toEqual({ filter, count: undefined });
    expect(scopeTargets('all', { ...base, filter: undefined })).toEqual({ count: 10 });
  });
});

describe('job scope over the local index', () => {
  const selection = { search: 'sales', filters: [{ field: 'email', op: 'startsWith' as const, value: 'a' }] };
  const index = {
    ...base,
    selected: [],
    matches: undefined,
    filter: undefined,
    indexMatches: { selection, count: 1234, description: '"sales"' },
    total: 1_000_000,
    totalFrom: 'index' as const,
  };

  it('sends the query, not the rows, for "all matching", and never together with usernames', () => {
    expect(defaultScope(index)).toBe('matches');
    const targets = scopeTargets('matches', index);
    expect(targets).toEqual({ indexSelection: selection, count: 1234 });
    expect(targetFields(targets)).toEqual({ indexSelection: selection });
    expect(targetFields(scopeTargets('selected', { ...index, selected: [row('a')] }))).toEqual({ usernames: ['a'] });
  });

  it('counts "everyone" from the index and sends no target (a fresh scan of the pool)', () => {
    expect(targetFields(scopeTargets('all', index))).toEqual({});
    expect(scopeTargets('all', index).count).toBe(1_000_000);
  });
});
