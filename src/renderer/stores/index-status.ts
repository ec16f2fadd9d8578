import { create } from 'zustand';
import type { IndexStatusView } from '../../shared/model/user-index';
import type { PoolRef } from '../../shared/model/users';
import type { ApiError } from '../api';
import { call, toApiError } from '../api';
import { useJobs, whenJobEnds } from './jobs';
import { poolKey } from './pool-key';

interface IndexStatusState {
  /** The last status read per pool (profile + region + pool id). */
  byPool: Record<string, IndexStatusView>;
  errors: Record<string, ApiError>;
  /** Bumped per pool when the console changed users (main wrote the change into the index): grids reload blocks. */
  edits: Record<string, number>;
  /** A write on the pool's users ended: reload the status (its count) and tell the index grid to reload its rows. */
  edited: (ref: PoolRef) => void;
  /** Reads the pool's index status (main opens the file; a damaged one comes back rebuilt and empty). */
  load: (ref: PoolRef) => Promise<IndexStatusView | undefined>;
  /** Starts (or joins) the pool's sync job; the status is read again when it ends. */
  sync: (ref: PoolRef) => Promise<string>;
}

/** What the users screen knows of each pool's local index: its size, last complete sync and running sync. */
export const useIndexStatus = create<IndexStatusState>((set, get) => ({
  byPool: {},
  errors: {},
  edits: {},

  edited(ref) {
    const key = poolKey(ref);
    // A pool never read here has no index grid open: nothing to reload.
    if (!get().byPool[key]) return;
    set((s) => ({ edits: { ...s.edits, [key]: (s.edits[key] ?? 0) + 1 } }));
    void get().load(ref);
  },

  async load(ref) {
    const key = poolKey(ref);
    try {
      const status = await call('userIndex:status', ref);
      set((s) => {
        const errors = { ...s.errors };
        delete errors[key];
        return { byPool: { ...s.byPool, [key]: status }, errors };
      });
      if (status.syncJobId) void watch(ref, status.syncJobId);
      return status;
    } catch (error) {
      set((s) => ({ errors: { ...s.errors, [key]: toApiError(error) } }));
      return undefined;
    }
  },

  async sync(ref) {
    useJobs.getState().init();
    const { jobId } = await call('userIndex:sync', ref);
    const key = poolKey(ref);
    const before = get().byPool[key];
    if (before) set((s) => ({ byPool: { ...s.byPool, [key]: { ...before, syncJobId: jobId } } }));
    void watch(ref, jobId);
    return jobId;
  },
}));

const watched = new Set<string>();

/** Reads the status again when the pool's sync ends (once per job, however many screens ask). */
async function watch(ref: PoolRef, jobId: string): Promise<void> {
  if (watched.has(jobId)) return;
  watched.add(jobId);
  useJobs.getState().init();
  await whenJobEnds(jobId);
  await useIndexStatus.getState().load(ref);
}
