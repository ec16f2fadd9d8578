import { describe, expect, it } from 'vitest';
import { QUOTA_RPS, RateLimits, TokenBucket } from '../../../../src/main/jobs/limits';
import { FakeClock } from './fake-clock';

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
