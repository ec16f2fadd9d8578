import { existsSync } from 'node:fs';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { JobProgress } from '../../../shared/model/jobs';
import type { PoolRef } from '../../../shared/model/users';
import type { Throttle } from '../../jobs/limits';
import type { JobRunner } from '../../jobs/runner';
import type { IndexEdit } from './edits';
import { dropIndex, indexPath } from './index-file';
import type { IndexSyncOutcome } from './sync';
import { indexSyncJob } from './sync';
import { IndexClient } from './index-client';
import type { IndexStatus, UserIndexOptions } from './types';
import { IndexWorker } from './worker-host';

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
 * write the same scan's partitions. All of them run in one index worker (worker-host.ts), off this thread, with a
 * second one for the long reads (see IndexClient).
 */
export class PoolIndexes {
  private readonly open = new Map<string, IndexClient>();
  private readonly syncs = new Map<string, { jobId: string; cancel: () => void }>();
  /** A sync being set up (it reads the scan state first): a second click meanwhile gets the same job. */
  private readonly starting = new Map<string, Promise<string>>();
  private readonly worker: IndexWorker;
  /** The long reads' worker (exact counts, "all matching" keys), so they never hold up the grid's blocks. */
  private readonly reads: IndexWorker | undefined;

  /** Given a `worker` and no `reads`, that one worker does everything (tests). */
  constructor(
    private readonly dataDir: string,
    private readonly options: UserIndexOptions = {},
    worker?: IndexWorker,
    reads?: IndexWorker,
  ) {
    this.worker = worker ?? new IndexWorker();
    this.reads = reads ?? (worker ? undefined : new IndexWorker());
  }

  /** The pool's index; it opens in the worker on its first call (errors of the open come from that call). */
  get(ref: PoolRef): IndexClient {
    const key = keyOf(ref);
    let index = this.open.get(key);
    if (!index) {
      index = new IndexClient(this.worker, this.dataDir, ref, this.options, this.reads);
      this.open.set(key, index);
    }
    return index;
  }

  /**
   * Starts the index worker now (the app and the web host call this at launch), so the first Users tab does not
   * wait for a thread to start. A worker that cannot start is reported by the first call that needs it.
   */
  warm(): void {
    try {
      this.worker.ensure();
      this.reads?.ensure();
    } catch {
      // The first index call fails with the reason.
    }
  }

  /** Whether the pool has an index (open in this process, or a file from an earlier run). */
  has(ref: PoolRef): boolean {
    return this.open.has(keyOf(ref)) || existsSync(indexPath(this.dataDir, ref));
  }

  /**
   * Writes the console's own changes into the pool's index, when the pool has one (no file is created for a pool
   * never indexed). Best effort: the change is already made in Cognito, so an index that cannot take it (locked,
   * damaged, disk full) is left for the next sync and the caller's answer is not failed; answers the rows changed.
   */
  async applyEdits(ref: PoolRef, edits: readonly IndexEdit[]): Promise<number> {
    if (edits.length === 0 || !this.has(ref)) return 0;
    try {
      return await this.get(ref).applyEdits(edits);
    } catch (error) {
      console.warn(`[user-index] a change was not written to the index of ${ref.userPoolId}:`, error);
      return 0;
    }
  }

  async status(ref: PoolRef): Promise<PoolIndexStatus> {
    const index = this.get(ref);
    const status = await index.status();
    const syncJobId = this.syncs.get(keyOf(ref))?.jobId;
    return {
      ...status,
      ...(syncJobId ? { syncJobId } : {}),
      resumable: !syncJobId && (await index.currentScan()) !== undefined,
    };
  }

  /** Starts a sync of the pool, or answers the one already running (a second click is not a second scan). */
  startSync(ref: PoolRef, start: SyncStart): Promise<string> {
    const key = keyOf(ref);
    const running = this.syncs.get(key);
    if (running) return Promise.resolve(running.jobId);
    let starting = this.starting.get(key);
    if (!starting) {
      starting = this.launch(ref, start).finally(() => this.starting.delete(key));
      this.starting.set(key, starting);
    }
    return starting;
  }

  /** Closes the pool's index (a running sync is cancelled first) and deletes its file: the pool is gone. */
  async drop(ref: PoolRef): Promise<void> {
    this.syncs.get(keyOf(ref))?.cancel();
    await this.remove(ref);
  }

  async close(ref: PoolRef): Promise<void> {
    const key = keyOf(ref);
    const index = this.open.get(key);
    this.open.delete(key);
    await index?.close();
  }

  /** App quit, after the job runner has stopped its jobs (a sync writing to a closed index would fail). */
  async closeAll(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    await Promise.allSettled(all.map((index) => index.close()));
    await Promise.all([this.worker.stop(), this.reads?.stop()]);
  }

  private async launch(ref: PoolRef, start: SyncStart): Promise<string> {
    const key = keyOf(ref);
    const init = await indexSyncJob(
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

  private async remove(ref: PoolRef): Promise<void> {
    this.syncs.delete(keyOf(ref));
    await this.close(ref);
    dropIndex(this.dataDir, ref);
  }
}
