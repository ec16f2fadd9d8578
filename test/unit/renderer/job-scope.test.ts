import { describe, expect, it } from 'vitest';
import type { UserRow } from '../../../src/shared/model/users';
import { defaultScope, scopeTargets } from '../../../src/renderer/features/users/job-scope';

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
