import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../../../../src/main/services/export/partition-plan';
import {
  childrenOf,
  chooseSplits,
  finishTime,
  MAX_RUNNABLE,
  pagesLeft,
} from '../../../../../src/main/services/export/partition-plan';

const HEX = [...'0123456789abcdef'];
/** The bench's conditions: ListUsers 30/s, 150 ms a call plus its write. */
const plan = (over: Partial<PlanInput>): PlanInput => ({
  runnable: HEX.map((prefix) => ({ prefix, listed: 0 })),
  poolUsers: 100_000,
  rps: 30,
  latencyMs: 160,
  pageSize: 60,
  minGainMs: 320,
  ...over,
});

describe('partition plan', () => {
  it('finishTime: the quota bounds many streams, the per-stream pace bounds few', () => {
    expect(finishTime(Array<number>(16).fill(10), 30, 5)).toBeCloseTo(160 / 30);
    expect(finishTime([10, 10], 30, 5)).toBeCloseTo(2);
    // The short one ends first, then the long one runs alone at its own pace.
    expect(finishTime([1, 20], 30, 5)).toBeCloseTo(0.2 + 19 / 5);
    expect(finishTime([], 30, 5)).toBe(0);
  });

  it('children and pages left come from the pool spread evenly over the sub prefixes', () => {
    expect(childrenOf('b')).toEqual(HEX.map((c) => `b${c}`));
    expect(pagesLeft({ prefix: 'b', listed: 0 }, 96_000, 60)).toBe(100);
    expect(pagesLeft({ prefix: 'b', listed: 5_940 }, 96_000, 60)).toBe(1);
    // Listed more than expected: still at least the page its token leads to.
    expect(pagesLeft({ prefix: 'b', listed: 9_000 }, 96_000, 60)).toBe(1);
    expect(pagesLeft({ prefix: 'b7', listed: 0 }, 96_000, 60)).toBe(7);
  });

  it('a fresh export of a random-sub pool keeps its 16 partitions: splits would only add part-filled pages', () => {
    expect(chooseSplits(plan({}))).toEqual([]);
    expect(chooseSplits(plan({ poolUsers: 10_000 }))).toEqual([]);
    expect(chooseSplits(plan({ poolUsers: 1_000_000 }))).toEqual([]);
  });

  it('the tail of a balanced export is not split: the last pages of the last partitions cost less than 16 children', () => {
    const tail = ['3', '9', 'c'].map((prefix) => ({ prefix, listed: 6_000 }));
    expect(chooseSplits(plan({ runnable: tail }))).toEqual([]);
  });

  it('one partition left with most of its work (a resume, a partition held back by retries) is split', () => {
    expect(chooseSplits(plan({ runnable: [{ prefix: '3', listed: 0 }] }))).toEqual(['3']);
    expect(chooseSplits(plan({ runnable: [{ prefix: '3', listed: 2_000 }] }))).toEqual(['3']);
    // Re-listing what it already read costs more than running its last quarter alone.
    expect(chooseSplits(plan({ runnable: [{ prefix: '3', listed: 4_800 }] }))).toEqual([]);
  });

  it('a few equal partitions are split together when splitting some would leave the critical path as it was', () => {
    const runnable = ['1', '2', '3'].map((prefix) => ({ prefix, listed: 0 }));
    const chosen = chooseSplits(plan({ runnable }));
    expect(chosen.length).toBeGreaterThan(1);
    expect(chosen.every((p) => ['1', '2', '3'].includes(p))).toBe(true);
  });

  it('calls slower than 16 / quota: 16 streams cannot use the quota, so barely started partitions are split', () => {
    const runnable = HEX.map((prefix) => ({ prefix, listed: 60 }));
    expect(chooseSplits(plan({ runnable, latencyMs: 1_500, minGainMs: 3_000 })).length).toBeGreaterThan(0);
    // The same partitions at 150 ms: the quota is the limit, no split.
    expect(chooseSplits(plan({ runnable }))).toEqual([]);
  });

  it('the smallest gain worth a split is respected', () => {
    const runnable = [{ prefix: '3', listed: 0 }];
    expect(chooseSplits(plan({ runnable, minGainMs: 60_000 }))).toEqual([]);
  });

  it('never splits past three characters or beyond MAX_RUNNABLE partitions', () => {
    expect(chooseSplits(plan({ runnable: [{ prefix: 'abc', listed: 0 }], poolUsers: 100_000_000 }))).toEqual([]);
    const many = Array.from({ length: MAX_RUNNABLE - 10 }, (_, i) => ({
      prefix: i.toString(16).padStart(2, '0'),
      listed: 0,
    }));
    expect(chooseSplits(plan({ runnable: many, poolUsers: 1e9, latencyMs: 10_000 }))).toEqual([]);
  });

  it('cannot judge without a pool size, a pace or a rate', () => {
    const runnable = [{ prefix: '3', listed: 0 }];
    expect(chooseSplits(plan({ runnable, poolUsers: undefined }))).toEqual([]);
    expect(chooseSplits(plan({ runnable, latencyMs: 0 }))).toEqual([]);
    expect(chooseSplits(plan({ runnable, rps: 0 }))).toEqual([]);
  });
});
