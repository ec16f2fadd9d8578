import type { Clock } from './clock';
import { realClock } from './clock';
import type { Throttle } from './limits';
import { TokenBucket } from './limits';

export interface ShareOptions {
  /** The throttle every job of the profile and region shares (RateLimits.throttleFor). */
  shared: Throttle;
  /** 0.1..1 of the category's rate. */
  share: number;
  /** The category's current rate (read at every call, so a rate lowered in Settings applies at once). */
  rateOf: () => number;
  clock?: Clock;
}

/**
 * A throttle that spends at most `share` of the UserList rate: each UserList call takes a token from a private
 * bucket at share x rate, then one from the shared bucket. Private first, so a sync waiting for its share holds no
 * shared token that an export or the grid could use meanwhile. When the sync runs alone its calls leave at exactly
 * the private rate (the shared bucket, twice as fast at 0.5, never delays them); the share left is what the
 * customer's own applications keep. Other categories pass straight to the shared throttle.
 */
export function shareThrottle(options: ShareOptions): Throttle {
  const rate = (): number => Math.max(0.1, options.share * options.rateOf());
  // A burst of one, like the shared buckets: no one-second window holds more than the rate (+1 at the edge).
  const own = new TokenBucket(rate(), 1, options.clock ?? realClock);
  return async (category, signal) => {
    if (category === 'UserList') {
      const now = rate();
      if (now !== own.getRate()) own.setRate(now);
      await own.take(signal);
    }
    await options.shared(category, signal);
  };
}
