import { setMaxListeners } from 'node:events';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../../shared/ipc/errors';
import type { Throttle } from '../../jobs/limits';
import { withRetry } from '../../jobs/retry';
import type { JobControl, JobInit } from '../../jobs/runner';
import { describePoolShape } from '../export/columns';
import type { PartitionStart } from '../export/scan';
import { resumablePartitionedScan } from '../export/scan';
import { toUserRow } from '../users';
import type { IndexClient } from './index-client';

export interface IndexSyncInput {
  idp: CognitoIdentityProviderClient;
  /** Already capped at the sync's share of UserList (see jobs/share-throttle.ts). */
  throttle: Throttle;
  profile: string;
  region: string;
  userPoolId: string;
  poolName?: string;
  /** The pool's open index; the job writes to it and leaves it open (its owner closes it). */
  index: IndexClient;
  /** Displayed in the label, e.g. 0.5 -> "50% of UserList". */
  share: number;
  /** The pool no longer exists (ResourceNotFoundException): its owner closes and deletes the index. */
  onPoolGone?: () => Promise<void>;
}

/** What a finished sync reports in its result notes, and the CLI prints. */
export interface IndexSyncOutcome {
  generation: number;
  resumed: boolean;
  removed: number;
}

/**
 * A full refresh of a pool's local index as a job: the 16 `sub ^=` partitions of the export path (same paging,
 * retries and stale-token restarts), each page upserted under the scan's generation and followed by its
 * partition's next PaginationToken, so a sync that was cancelled, failed or died with the app continues from the
 * last page each partition finished. Re-reading a page after a crash between the two writes is harmless: rows
 * are upserts by sub. Only a complete scan deletes the users it did not see.
 */
export async function indexSyncJob(
  input: IndexSyncInput,
  done?: (outcome: IndexSyncOutcome) => void,
): Promise<JobInit> {
  const resumed = (await input.index.currentScan()) !== undefined;
  const share = `${Math.round(input.share * 100)}% of UserList`;
  return {
    kind: 'index-sync',
    profile: input.profile,
    region: input.region,
    userPoolId: input.userPoolId,
    ...(input.poolName ? { poolName: input.poolName } : {}),
    operation: 'sync',
    label: `sync local index · ${share}${resumed ? ' (resumed)' : ''}`,
    run: async (job) => {
      const outcome = await runSync(input, job);
      done?.(outcome);
    },
  };
}

async function runSync(input: IndexSyncInput, job: JobControl): Promise<IndexSyncOutcome> {
  const { index } = input;
  try {
    const shape = await withRetry(
      () => describePoolShape(input.idp, input.userPoolId, input.throttle, job.signal),
      job.signal,
    );
    if (shape.estimatedUsers !== undefined) job.setTotal(shape.estimatedUsers);
    const current = await index.currentScan();
    const generation = current?.generation ?? (await index.beginScan());
    // Upserts make re-reads harmless, so a restarted partition needs no record of the subs it already wrote.
    const starts = new Map<string, PartitionStart>(
      (current?.partitions ?? []).map((p) => [
        p.partition,
        { ...(p.token ? { token: p.token } : {}), done: p.done, count: 0, seen: new Set<string>() },
      ]),
    );
    // A failed partition (disk full, a call that keeps failing) stops the others at once.
    const stop = new AbortController();
    const signal = AbortSignal.any([job.signal, stop.signal]);
    setMaxListeners(256, signal);
    try {
      await resumablePartitionedScan(
        { idp: input.idp, userPoolId: input.userPoolId, throttle: input.throttle, signal },
        async (page) => {
          // The worker runs each write whole, in order: a page's users are saved before its partition's token.
          await index.upsertUsers(page.users.map(toUserRow), generation);
          await index.savePartition(generation, {
            partition: page.partition,
            ...(page.next ? { token: page.next } : {}),
            done: page.next === undefined,
          });
          job.succeeded(page.users.length);
        },
        starts,
      );
    } catch (error) {
      stop.abort();
      throw error;
    }
    const removed = await index.finishScan(generation);
    job.note('(index)', `Complete scan: ${removed.toLocaleString('en')} users no longer in the pool were removed.`);
    return { generation, resumed: current !== undefined, removed };
  } catch (cause) {
    if ((cause as { name?: string }).name === 'ResourceNotFoundException' && !job.signal.aborted) {
      await input.onPoolGone?.();
      throw new AppError('NOT_FOUND', `User pool ${input.userPoolId} no longer exists: its local index was deleted.`);
    }
    throw cause;
  }
}
