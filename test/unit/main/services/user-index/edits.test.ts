import { describe, expect, it, vi } from 'vitest';
import type { UserIndex } from '../../../../../src/main/services/user-index';
import { actionEdit, EditBatcher } from '../../../../../src/main/services/user-index/change-edits';
import { HOSTILE, indexPerTest, naiveSearch, user } from './helpers';

let index: UserIndex;
indexPerTest(
  (opened) => (index = opened),
  () => index,
);

const BY_NAME = { field: 'username', direction: 'asc' } as const;
const all = (): string[] => index.query({ sort: BY_NAME, limit: 100 }).rows.map((r) => r.username);
const names = (search: string): string[] => index.query({ search, limit: 100 }).rows.map((r) => r.username);
const NOW = new Date('2026-12-04T05:06:07Z');

describe('user index: the console writes its own changes', () => {
  it('patches enabled and status in place, keeps the rest, and skips users it does not hold', () => {
    const g = index.beginScan();
    index.upsertUsers([user(1), user(2), user(3)], g);
    index.finishScan(g);
    const changed = index.applyEdits([
      actionEdit('disable', ['user-0001', 'user-0003', 'not-indexed'], {}, NOW)!,
      actionEdit('confirm-sign-up', ['user-0002'], {}, NOW)!,
    ]);
    expect(changed).toBe(3);
    const rows = index.query({ limit: 10 }).rows;
    expect(rows.map((r) => [r.username, r.enabled, r.status])).toEqual([
      ['user-0001', false, user(1).status],
      ['user-0002', user(2).enabled, 'CONFIRMED'],
      ['user-0003', false, user(3).status],
    ]);
    expect(rows.every((r) => r.lastModifiedAt === NOW.toISOString())).toBe(true);
    expect(rows[0]?.attributes).toEqual(user(1).attributes);
    expect(index.count({ filters: [{ field: 'enabled', op: 'equals', value: 'false' }] })).toBe(2);
  });

  it('sets an attribute to each hostile value and search finds exactly the new value, not the old', () => {
    const g = index.beginScan();
    index.upsertUsers([user(1, { 'custom:dept': 'old-dept-value' }), user(2, { 'custom:dept': 'other' })], g);
    for (const value of HOSTILE.filter((v) => [...v].length >= 3)) {
      index.applyEdits([
        actionEdit('set-attribute', ['user-0001'], { attributeName: 'custom:dept', attributeValue: value }, NOW)!,
      ]);
      const stored = index.query({ limit: 10 }).rows;
      expect(stored[0]?.attributes['custom:dept']).toBe(value);
      // The search text was rebuilt: the model of search over the stored rows agrees with the index.
      const probe = [...value].slice(-3).join('');
      expect(names(probe)).toEqual(naiveSearch(stored, probe).map((r) => r.username));
      expect(names('old-dept')).toEqual([]);
    }
  });

  it('writes a read row over a stored one, removes deleted users, and a new row survives the scan in progress', () => {
    const g1 = index.beginScan();
    // A row stored before its sub was known (key username:...) is replaced, not duplicated, once read with a sub.
    index.upsertUsers([{ ...user(1), sub: undefined, attributes: { email: 'a@example.com' } }, user(2), user(3)], g1);
    index.finishScan(g1);
    const g2 = index.beginScan();
    index.upsertUsers([user(2)], g2);
    index.applyEdits([
      { kind: 'row', row: user(1, { 'custom:note': 'say "hi",\nthere 🎉' }) },
      { kind: 'row', row: user(9, { email: 'created-during-scan@example.com' }) },
      actionEdit('delete', ['user-0003'])!,
    ]);
    expect(all()).toEqual(['user-0001', 'user-0002', 'user-0009']);
    expect(names('there 🎉')).toEqual(['user-0001']);
    // The scan saw user 2 only before user 1 was read and user 9 created: both carry the scan's generation.
    index.finishScan(g2);
    expect(all()).toEqual(['user-0001', 'user-0002', 'user-0009']);
    expect(index.status().users).toBe(3);
  });

  it('has no edit for actions whose effect the index does not hold or Cognito decides', () => {
    for (const action of [
      'add-to-group',
      'remove-from-group',
      'global-sign-out',
      'reset-password',
      'resend-invitation',
    ] as const) {
      expect(actionEdit(action, ['u'])).toBeUndefined();
    }
    expect(actionEdit('set-attribute', ['u'], {})).toBeUndefined();
  });
});

describe('EditBatcher', () => {
  it('writes in batches of its size, then the rest on flush, in order, and keeps going after a failed write', async () => {
    const batches: string[][] = [];
    let fail = true;
    const batcher = new EditBatcher(
      (usernames) => {
        batches.push(usernames);
        if (fail) {
          fail = false;
          return Promise.reject(new Error('disk full'));
        }
        return Promise.resolve();
      },
      3,
      60_000,
    );
    for (const n of ['a', 'b', 'c', 'd', 'e']) batcher.changed(n);
    await batcher.flush();
    expect(batches).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    await batcher.flush();
    expect(batches).toHaveLength(2);
  });

  it('writes a small batch after its delay without a flush', async () => {
    vi.useFakeTimers();
    try {
      const write = vi.fn(() => Promise.resolve());
      const batcher = new EditBatcher(write, 100, 1_000);
      batcher.changed('only');
      await vi.advanceTimersByTimeAsync(999);
      expect(write).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(2);
      expect(write).toHaveBeenCalledWith(['only']);
    } finally {
      vi.useRealTimers();
    }
  });
});
