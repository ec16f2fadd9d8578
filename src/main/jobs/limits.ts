import type { Clock } from './clock';
import { abortError, realClock } from './clock';
import type { QuotaCategory } from '../../shared/model/rate-limits';
import { QUOTA_RPS } from '../../shared/model/rate-limits';

/**
 * Every call the console makes in bulk takes a token from its quota category's bucket first, so that jobs, loads
 * and exports running at once share the quota instead of each assuming it has all of it. The categories and their
 * documented rates live in shared/model/rate-limits.ts (Settings lowers them).
 */
export { QUOTA_RPS };
export type { QuotaCategory };

/** Waits for a token of one category; rejects with an AbortError when the signal fires. */
export type Throttle = (category: QuotaCategory, signal?: AbortSignal) => Promise<void>;

/** No waiting: for one-off interactive calls and tests. */
export const unthrottled: Throttle = (_category, signal) =>
  signal?.aborted ? Promise.reject(abortError()) : Promise.resolve();

/**
 * A token bucket refilled continuously at `rate` per second, holding at most `burst` tokens. Waiters are served in
 * arrival order, each reserving the next token time, so a crowd of concurrent callers gets exactly `rate`.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private rate: number,
    private readonly burst: number,
    private readonly clock: Clock = realClock,
  ) {
    this.tokens = burst;
    this.last = clock.now();
  }

  setRate(rate: number): void {
    this.refill();
    this.rate = rate;
  }

  getRate(): number {
    return this.rate;
  }

  async take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw abortError();
    this.refill();
    // Reserve a token now (tokens may go negative): the debt is the wait, which keeps FIFO order without a queue.
    this.tokens -= 1;
    if (this.tokens >= 0) return;
    const waitMs = (-this.tokens / this.rate) * 1000;
    try {
      await this.clock.sleep(waitMs, signal);
    } catch (error) {
      // A cancelled waiter gives its reservation back.
      this.tokens += 1;
      throw error;
    }
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }
}

export interface RateLimitsOptions {
  clock?: Clock;
  /** Lower rates than the defaults (an account shared with other tools, or a raised quota set lower). */
  overrides?: Partial<Record<QuotaCategory, number>>;
}

/** One bucket per profile + region + category, shared by every job, load and export of the process. */
export class RateLimits {
  private readonly buckets = new Map<string, TokenBucket>();
  private overrides: Partial<Record<QuotaCategory, number>>;
  private readonly clock: Clock;

  constructor(options: RateLimitsOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.overrides = { ...options.overrides };
  }

  rateOf(category: QuotaCategory): number {
    const override = this.overrides[category];
    return override !== undefined && override > 0 ? Math.min(override, QUOTA_RPS[category]) : QUOTA_RPS[category];
  }

  /** Applies new overrides to existing buckets too: a running job slows down at once. */
  setOverrides(overrides: Partial<Record<QuotaCategory, number>>): void {
    this.overrides = { ...overrides };
    for (const [key, bucket] of this.buckets) {
      bucket.setRate(this.rateOf(key.split('\u0000')[2] as QuotaCategory));
    }
  }

  bucket(profile: string, region: string, category: QuotaCategory): TokenBucket {
    const key = `${profile}\u0000${region}\u0000${category}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      const rate = this.rateOf(category);
      // A burst of one: calls leave evenly spaced, so no one-second window ever holds more than the rate (+1).
      bucket = new TokenBucket(rate, 1, this.clock);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  throttleFor(profile: string, region: string): Throttle {
    return (category, signal) => this.bucket(profile, region, category).take(signal);
  }
}
