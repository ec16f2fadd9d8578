import { describe, expect, it } from 'vitest';
import { RateLimits } from '../../../../src/main/jobs/limits';
import { shareThrottle } from '../../../../src/main/jobs/share-throttle';
import { indexSyncShareSchema, settingsSchema } from '../../../../src/shared/model/settings';
import { FakeClock } from './fake-clock';

/** Half-open 1 s windows starting at each call. */
const maxInAnySecond = (times: number[]): number =>
  Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + 1000).length));

describe('shareThrottle', () => {
  it('at share 0.5 of 30/s never grants more than 15 UserList calls in any 1 s window, 16 callers at once', async () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ clock });
    const shared = limits.throttleFor('p', 'eu-west-1');
    const throttle = shareThrottle({ shared, share: 0.5, rateOf: () => limits.rateOf('UserList'), clock });
    const times: number[] = [];
    // 16 partitions, as a sync pages them, each asking again as soon as its call was granted.
    const partitions = Array.from({ length: 16 }, async () => {
      for (let i = 0; i < 20; i++) {
        await throttle('UserList');
        times.push(clock.now());
      }
    });
    await clock.advance(30_000);
    await Promise.all(partitions);
    expect(times).toHaveLength(320);
    expect(maxInAnySecond(times)).toBe(15);
    // And it uses its share: 320 calls take about 319 / 15 s (the window's slack costs at most 2.5%).
    expect(Math.max(...times)).toBeGreaterThanOrEqual((319 / 15) * 1000);
    expect(Math.max(...times)).toBeLessThanOrEqual((319 / 15) * 1000 * 1.03);
  });

  it('holds the cap when a timer fires late: a late call and the on-time calls after it never make 16', async () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ clock });
    const late = new Set([3, 40, 41, 100]);
    let n = 0;
    // A clock whose sleeps sometimes end 30 ms late, as a busy event loop's timers do.
    const jittery = {
      now: () => clock.now(),
      sleep: (ms: number, signal?: AbortSignal) => clock.sleep(ms + (late.has(n++) ? 30 : 0), signal),
    };
    const throttle = shareThrottle({
      shared: limits.throttleFor('p', 'eu-west-1'),
      share: 0.5,
      rateOf: () => 30,
      clock: jittery,
    });
    const times: number[] = [];
    const partitions = Array.from({ length: 16 }, async () => {
      for (let i = 0; i < 10; i++) {
        await throttle('UserList');
        times.push(clock.now());
      }
    });
    await clock.advance(30_000);
    await Promise.all(partitions);
    expect(times).toHaveLength(160);
    expect(maxInAnySecond(times)).toBeLessThanOrEqual(15);
  });

  it('leaves the rest of the shared bucket to others: an export next to it still gets its calls', async () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ clock });
    const shared = limits.throttleFor('p', 'eu-west-1');
    const sync = shareThrottle({ shared, share: 0.5, rateOf: () => limits.rateOf('UserList'), clock });
    const counts = { sync: 0, other: 0 };
    const run = async (t: typeof shared, who: keyof typeof counts): Promise<void> => {
      for (let i = 0; i < 200; i++) {
        await t('UserList');
        counts[who]++;
      }
    };
    const both = Promise.all([run(sync, 'sync'), run(shared, 'other')]);
    await clock.advance(4000);
    // Together at most the shared 30/s; the sync at most its 15/s.
    expect(counts.sync + counts.other).toBeLessThanOrEqual(4 * 30 + 1);
    expect(counts.sync).toBeLessThanOrEqual(4 * 15 + 1);
    expect(counts.other).toBeGreaterThanOrEqual(4 * 15 - 1);
    await clock.advance(60_000);
    await both;
  });

  it('follows a UserList rate lowered in Settings, and passes other categories to the shared throttle only', async () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ clock });
    const throttle = shareThrottle({
      shared: limits.throttleFor('p', 'eu-west-1'),
      share: 0.5,
      rateOf: () => limits.rateOf('UserList'),
      clock,
    });
    limits.setOverrides({ UserList: 10 });
    const times: number[] = [];
    const list = (async () => {
      for (let i = 0; i < 11; i++) {
        await throttle('UserList');
        times.push(clock.now());
      }
    })();
    await clock.advance(5000);
    await list;
    // 5/s: the 11th call two windows (2 x 1.025 s) after the first.
    expect(times.at(-1)).toBeCloseTo(2050, 6);
    const reads: number[] = [];
    const read = (async () => {
      for (let i = 0; i < 10; i++) {
        await throttle('UserRead');
        reads.push(clock.now());
      }
    })();
    await clock.advance(1000);
    await read;
    expect(reads).toHaveLength(10);
  });

  it('takes a share between 10% and 100% from Settings', () => {
    for (const ok of [0.1, 0.5, 1]) expect(indexSyncShareSchema.safeParse(ok).success).toBe(true);
    for (const bad of [0, 0.05, 1.5, -1, Number.NaN]) expect(indexSyncShareSchema.safeParse(bad).success).toBe(false);
    expect(settingsSchema.safeParse({ readOnlyProfiles: [], theme: 'system', indexSyncShare: 2 }).success).toBe(false);
  });
});
