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
 * The window a share is counted over, with slack for timers that fire late and requests that leave a few ms apart
 * from their grant: with an exact 1 s, a late call and the 15 on-time calls after it arrive within one second (the
 * bench's proxy counted 16 at share 0.5). The cost is 2.5% of the share's rate.
 */
const WINDOW_MS = 1_025;

/**
 * A throttle that spends at most `share` of the UserList rate: each UserList call takes a token from a private
 * bucket at share x rate (even spacing), then one from the shared bucket every job of the profile and region uses,
 * then a place in a sliding window of floor(share x rate) calls per WINDOW_MS, checked against the times calls
 * really leave (a late wake-up cannot bunch them). Private bucket first, so a sync waiting for its share holds no
 * shared token an export or the grid could use meanwhile. The share left is what the customer's own applications
 * keep. Other categories pass straight to the shared throttle.
 */
export function shareThrottle(options: ShareOptions): Throttle {
  const clock = options.clock ?? realClock;
  const rate = (): number => Math.max(0.1, options.share * options.rateOf());
  // A burst of one, like the shared buckets.
  const own = new TokenBucket(rate(), 1, clock);
  const sent: number[] = [];
  const window = async (signal?: AbortSignal): Promise<void> => {
    for (;;) {
      const now = clock.now();
      while (sent.length > 0 && now - (sent[0] ?? 0) >= WINDOW_MS) sent.shift();
      if (sent.length < Math.max(1, Math.floor(rate()))) {
        sent.push(now);
        return;
      }
      // At least 1 ms: float rounding must not turn this into a sleep of 0 that wakes to the same state.
      await clock.sleep(Math.max(1, (sent[0] ?? now) + WINDOW_MS - now), signal);
    }
  };
  return async (category, signal) => {
    if (category !== 'UserList') return options.shared(category, signal);
    const now = rate();
    if (now !== own.getRate()) own.setRate(now);
    await own.take(signal);
    await options.shared(category, signal);
    await window(signal);
  };
}
