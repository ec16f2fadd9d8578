import { toWireError } from '../ipc/to-wire-error';
import type { QuotaCategory, Throttle } from './limits';
import type { RetryOptions } from './retry';
import { withRetry } from './retry';
import type { JobControl } from './runner';

export interface RunItemsOptions {
  category: QuotaCategory;
  throttle: Throttle;
  /**
   * Calls in flight at most. The bucket sets the rate; concurrency only has to cover latency
   * (25 rps x 150 ms = 4 in flight), with room for slow answers.
   */
  concurrency?: number;
  retry?: RetryOptions;
}

/**
 * Runs one call per item under the category's shared bucket. Every item ends succeeded or failed with a reason;
 * after a cancel the items never attempted are failed as CANCELLED, so "retry failures" completes the set.
 */
export async function runItems(
  job: JobControl,
  items: readonly string[],
  call: (item: string, signal: AbortSignal) => Promise<void>,
  options: RunItemsOptions,
): Promise<void> {
  job.setTotal(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !job.signal.aborted) {
      const item = items[next++] as string;
      try {
        await withRetry(
          async () => {
            await options.throttle(options.category, job.signal);
            await call(item, job.signal);
          },
          job.signal,
          options.retry,
        );
        job.succeeded();
      } catch (cause) {
        job.failed(item, toWireError(cause));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, items.length) }, worker));
  for (; next < items.length; next++) {
    job.failed(items[next] as string, {
      code: 'CANCELLED',
      message: 'Not attempted: the job was cancelled',
      retryable: true,
    });
  }
}
