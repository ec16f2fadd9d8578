import type { WireError } from '../../shared/ipc/errors';
import { toWireError } from '../ipc/to-wire-error';
import type { Clock } from './clock';
import { realClock } from './clock';

export interface RetryOptions {
  clock?: Clock;
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

/** Throttling, network trouble and 5xx answers pass; anything else is the item's own problem and won't change. */
export function isTransient(error: WireError): boolean {
  return error.retryable && (error.code === 'AWS_THROTTLED' || error.code === 'NETWORK' || error.code === 'INTERNAL');
}

/**
 * Calls `work` until it succeeds, fails for good, or the signal fires; waits a "full jitter" exponential backoff
 * between attempts so many workers throttled at once do not come back in step.
 */
export async function withRetry<T>(
  work: () => Promise<T>,
  signal: AbortSignal,
  options: RetryOptions = {},
): Promise<T> {
  const clock = options.clock ?? realClock;
  const maxAttempts = options.maxAttempts ?? 8;
  const base = options.baseDelayMs ?? 200;
  const cap = options.maxDelayMs ?? 10_000;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (cause) {
      const error = toWireError(cause);
      if (signal.aborted || error.code === 'CANCELLED' || !isTransient(error) || attempt >= maxAttempts) throw cause;
      await clock.sleep(random() * Math.min(cap, base * 2 ** (attempt - 1)), signal);
    }
  }
}
