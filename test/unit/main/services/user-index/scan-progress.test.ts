import { describe, expect, it } from 'vitest';
import { UserIndex } from '../../../../../src/main/services/user-index';
import { indexPerTest, REF, user } from './helpers';

let index: UserIndex;
let dir = '';
indexPerTest(
  (opened, folder) => ((index = opened), (dir = folder)),
  () => index,
);

describe('user index: scan generations and partition progress', () => {
  it('deletes, at the end of a complete scan, the users that scan did not see', () => {
    const g1 = index.beginScan();
    index.upsertUsers([user(1, { 'custom:tag': 'keep-one' }), user(2, { 'custom:tag': 'gone-two' }), user(3)], g1);
    expect(index.finishScan(g1, new Date('2026-01-02T03:04:05Z'))).toBe(0);
    expect(index.status()).toMatchObject({ users: 3, lastCompleteAt: '2026-01-02T03:04:05.000Z' });

    const g2 = index.beginScan();
    expect(g2).toBeGreaterThan(g1);
    index.upsertUsers([user(1, { 'custom:tag': 'keep-one' }), user(3)], g2);
    expect(index.query({ search: 'gone-two', limit: 10 }).total).toBe(1); // still there until the scan completes
    expect(index.finishScan(g2, new Date('2026-02-02T00:00:00Z'))).toBe(1);
    expect(index.query({ limit: 10 }).rows.map((r) => r.username)).toEqual(['user-0001', 'user-0003']);
    expect(index.query({ search: 'gone-two', limit: 10 }).total).toBe(0);
    expect(index.query({ search: 'go', limit: 10 }).total).toBe(0);
    expect(index.status()).toMatchObject({ users: 2, lastCompleteAt: '2026-02-02T00:00:00.000Z' });
    expect(index.currentScan()).toBeUndefined();
  });

  it('keeps the progress of an unfinished scan across close and reopen', () => {
    const g = index.beginScan();
    index.savePartition(g, { partition: 'sub ^= "0"', token: 'tok/"+=\n', done: false });
    index.savePartition(g, { partition: 'sub ^= "1"', done: true });
    index.savePartition(g, { partition: 'sub ^= "0"', token: 'tok-2', done: false });
    index.upsertUsers([user(7)], g);
    index.close();
    index = UserIndex.open(dir, REF);
    expect(index.currentScan()).toEqual({
      generation: g,
      partitions: [
        { partition: 'sub ^= "0"', token: 'tok-2', done: false },
        { partition: 'sub ^= "1"', done: true },
      ],
    });
    expect(index.status().users).toBe(1);
    expect(index.status().lastCompleteAt).toBeUndefined();
  });

  it('refuses to finish a scan that a newer one replaced (it would delete the newer users)', () => {
    const old = index.beginScan();
    const current = index.beginScan();
    index.upsertUsers([user(1)], current);
    expect(() => index.finishScan(old)).toThrow(/not the scan in progress/);
    expect(() => index.savePartition(old, { partition: 'p', done: true })).toThrow(/not the scan in progress/);
    expect(index.status().users).toBe(1);
    expect(index.currentScan()).toEqual({ generation: current, partitions: [] });
  });
});
