import { describe, expect, it } from 'vitest';
import { QUOTA_RPS, RateLimits, TokenBucket } from '../../../../src/main/jobs/limits';
import { FakeClock } from './fake-clock';
import { rateLimitsSchema } from '../../../../src/shared/model/rate-limits';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../../src/shared/model/settings';

describe('TokenBucket', () => {
  it('lets 100 concurrent callers through at exactly the rate, in arrival order', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(25, 1, clock);
    const times: number[] = [];
    const order: number[] = [];
    const all = Array.from({ length: 100 }, (_, i) =>
      bucket.take().then(() => {
        times.push(clock.now());
        order.push(i);
      }),
    );
    await clock.advance(10_000);
    await Promise.all(all);
    expect(order).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(times[0]).toBe(0);
    // The 100th call leaves 99 gaps of 40 ms after the first.
    expect(times[99]).toBeCloseTo(99 * 40, 6);
    // No one-second window holds more than rate + 1 calls.
    for (const start of times)
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(26);
  });

  it('gives a cancelled waiter its reservation back', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(10, 1, clock);
    await bucket.take();
    const controller = new AbortController();
    const cancelled = bucket.take(controller.signal);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    let at = -1;
    const next = bucket.take().then(() => (at = clock.now()));
    await clock.advance(1000);
    await next;
    // Only the first token's debt remains: 100 ms, not 200.
    expect(at).toBeCloseTo(100, 6);
  });

  it('refuses at once when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(new TokenBucket(1, 1, new FakeClock()).take(controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('RateLimits', () => {
  it('has the documented Cognito defaults', () => {
    expect(QUOTA_RPS).toMatchObject({
      UserList: 30,
      UserUpdate: 25,
      UserCreation: 50,
      UserRead: 120,
      UserAccountRecovery: 30,
      GroupRead: 20,
    });
  });

  it('shares one bucket per profile + region + category', () => {
    const limits = new RateLimits({ clock: new FakeClock() });
    expect(limits.bucket('p', 'eu-west-1', 'UserList')).toBe(limits.bucket('p', 'eu-west-1', 'UserList'));
    expect(limits.bucket('p', 'eu-west-1', 'UserList')).not.toBe(limits.bucket('p', 'eu-west-1', 'UserUpdate'));
    expect(limits.bucket('p', 'eu-west-1', 'UserList')).not.toBe(limits.bucket('p', 'us-east-1', 'UserList'));
    expect(limits.bucket('p', 'eu-west-1', 'UserList')).not.toBe(limits.bucket('q', 'eu-west-1', 'UserList'));
  });

  it('two jobs on one profile and region split the rate instead of doubling it', async () => {
    const clock = new FakeClock();
    const limits = new RateLimits({ clock });
    const a = limits.throttleFor('p', 'eu-west-1');
    const b = limits.throttleFor('p', 'eu-west-1');
    let calls = 0;
    const run = async (t: typeof a): Promise<void> => {
      for (let i = 0; i < 100; i++) {
        await t('UserList');
        calls++;
      }
    };
    const both = Promise.all([run(a), run(b)]);
    await clock.advance(2000);
    // 30 rps shared: about 61 calls in two seconds (the first is free), not 120.
    expect(calls).toBeGreaterThanOrEqual(60);
    expect(calls).toBeLessThanOrEqual(62);
    await clock.advance(10_000);
    await both;
  });

  it('only lowers rates, and applies new overrides to existing buckets', () => {
    const limits = new RateLimits({ clock: new FakeClock(), overrides: { UserUpdate: 100, UserList: 10 } });
    expect(limits.rateOf('UserUpdate')).toBe(25);
    expect(limits.rateOf('UserList')).toBe(10);
    const bucket = limits.bucket('p', 'eu-west-1', 'UserList');
    limits.setOverrides({ UserList: 5 });
    expect(bucket.getRate()).toBe(5);
  });
});

describe('lowered rates from Settings', () => {
  it('accepts whole rates from 1 up to the documented quota and refuses anything above it', () => {
    expect(rateLimitsSchema.safeParse({ UserUpdate: 5, UserList: 30 }).success).toBe(true);
    expect(rateLimitsSchema.safeParse({}).success).toBe(true);
    for (const bad of [{ UserList: 31 }, { UserRead: 121 }, { UserUpdate: 0 }, { UserUpdate: 2.5 }, { Other: 1 }]) {
      expect(rateLimitsSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('a lowered UserUpdate rate slows a bulk job down: 50 tokens take 10 s at 5 rps instead of 2 s at 25', async () => {
    const elapsed = async (limits: RateLimits, clock: FakeClock): Promise<number> => {
      const throttle = limits.throttleFor('p', 'eu-west-1');
      let done = false;
      const job = (async () => {
        for (let i = 0; i < 51; i++) await throttle('UserUpdate');
        done = true;
      })();
      let ms = 0;
      while (!done) {
        await clock.advance(100);
        ms += 100;
      }
      await job;
      return ms;
    };
    const fast = new FakeClock();
    expect(await elapsed(new RateLimits({ clock: fast }), fast)).toBeLessThanOrEqual(2100);
    const slowClock = new FakeClock();
    // What core.ts does with the saved settings: new RateLimits({ overrides: settings.rateLimits }).
    const saved = settingsSchema.parse({ ...DEFAULT_SETTINGS, rateLimits: { UserUpdate: 5 } });
    const slow = await elapsed(new RateLimits({ clock: slowClock, overrides: saved.rateLimits }), slowClock);
    expect(slow).toBeGreaterThanOrEqual(9900);
    expect(slow).toBeLessThanOrEqual(10_100);
  });
});
