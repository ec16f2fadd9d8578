import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { JobProgress } from '../../../shared/model/jobs';
import type { PoolRef } from '../../../shared/model/users';
import type { Throttle } from '../../jobs/limits';
import type { JobRunner } from '../../jobs/runner';
import { dropIndex } from './index-file';
import type { IndexSyncOutcome } from './sync';
import { indexSyncJob } from './sync';
import type { IndexStatus, UserIndexOptions } from './types';
import { UserIndex } from './user-index';

export interface PoolIndexStatus extends IndexStatus {
  /** The sync job running on this pool now, in this process. */
  syncJobId?: string;
  /** A sync stopped before its end (cancelled, failed, the app died): the next sync continues it. */
  resumable: boolean;
}

export interface SyncStart {
  jobs: JobRunner;
  idp: CognitoIdentityProviderClient;
  /** Already capped at `share` of UserList. */
  throttle: Throttle;
  share: number;
  poolName?: string;
  emit: (progress: JobProgress) => void;
  done?: (outcome: IndexSyncOutcome) => void;
}

const keyOf = (ref: PoolRef): string => JSON.stringify([ref.profile, ref.region, ref.userPoolId]);

/**
 * The open indexes of a process, one per pool, opened on first use and kept open (opening checks the file, which
 * costs up to seconds for a large one), and the sync running on each: one at a time per pool, since two would
 * write the same scan's partitions.
 */
export class PoolIndexes {
  private readonly open = new Map<string, UserIndex>();
  private readonly syncs = new Map<string, { jobId: string; cancel: () => void }>();

  constructor(
    private readonly dataDir: string,
    private readonly options: UserIndexOptions = {},
  ) {}

  get(ref: PoolRef): UserIndex {
    const key = keyOf(ref);
    let index = this.open.get(key);
    if (!index) {
      index = UserIndex.open(this.dataDir, ref, this.options);
      this.open.set(key, index);
    }
    return index;
  }

  status(ref: PoolRef): PoolIndexStatus {
    const index = this.get(ref);
    const syncJobId = this.syncs.get(keyOf(ref))?.jobId;
    return {
      ...index.status(),
      ...(syncJobId ? { syncJobId } : {}),
      resumable: !syncJobId && index.currentScan() !== undefined,
    };
  }

  /** Starts a sync of the pool, or answers the one already running (a second click is not a second scan). */
  startSync(ref: PoolRef, start: SyncStart): string {
    const key = keyOf(ref);
    const running = this.syncs.get(key);
    if (running) return running.jobId;
    const init = indexSyncJob(
      {
        idp: start.idp,
        throttle: start.throttle,
        ...ref,
        ...(start.poolName ? { poolName: start.poolName } : {}),
        index: this.get(ref),
        share: start.share,
        // The job itself found the pool gone: it fails with NOT_FOUND, so it must not be cancelled here.
        onPoolGone: () => this.remove(ref),
      },
      start.done,
    );
    const jobId = start.jobs.start(
      {
        ...init,
        run: async (job) => {
          try {
            await init.run(job);
          } finally {
            if (this.syncs.get(key)?.jobId === job.id) this.syncs.delete(key);
          }
        },
      },
      start.emit,
    );
    this.syncs.set(key, { jobId, cancel: () => start.jobs.cancel(jobId) });
    return jobId;
  }

  /** Closes the pool's index (a running sync is cancelled first) and deletes its file: the pool is gone. */
  drop(ref: PoolRef): void {
    this.syncs.get(keyOf(ref))?.cancel();
    this.remove(ref);
  }

  close(ref: PoolRef): void {
    const key = keyOf(ref);
    this.open.get(key)?.close();
    this.open.delete(key);
  }

  private remove(ref: PoolRef): void {
    this.syncs.delete(keyOf(ref));
    this.close(ref);
    dropIndex(this.dataDir, ref);
  }

  /** App quit, after the job runner has stopped its jobs (a sync writing to a closed index would fail). */
  closeAll(): void {
    for (const index of this.open.values()) index.close();
    this.open.clear();
  }
}
