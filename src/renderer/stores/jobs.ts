import { create } from 'zustand';
import type { RequestOf } from '../../shared/ipc/channels';
import type { JobProgress, JobSummary } from '../../shared/model/jobs';
import type { ApiError } from '../api';
import { call, onEvent, toApiError } from '../api';
import { usePools } from './pools';

type BulkRequest = RequestOf<'jobs:start-bulk'>;
type ExportRequest = RequestOf<'jobs:start-export'>;
type ImportRequest = RequestOf<'jobs:start-import'>;

interface JobsState {
  /** What jobs:list and our own starts know, by id. */
  summaries: Record<string, JobSummary>;
  /** The latest jobs:progress event per job: it may overtake the start's answer, so it is kept apart and merged. */
  progress: Record<string, JobProgress>;
  loading: boolean;
  error: ApiError | undefined;
  init: () => void;
  refresh: () => Promise<void>;
  startBulk: (request: BulkRequest, label: string) => Promise<string>;
  startExport: (request: ExportRequest, label: string) => Promise<string>;
  startImport: (request: ImportRequest, label: string) => Promise<string>;
  cancel: (jobId: string) => Promise<void>;
  retryFailures: (jobId: string) => Promise<string>;
  /** Continues an export that stopped early from its checkpoint, under the same id. */
  resumeExport: (jobId: string) => Promise<void>;
}

let subscribed = false;

/** What main keeps for display with the job (in its progress events and its saved history): label and pool name. */
function display(ref: { userPoolId: string }, label: string): { label: string; poolName?: string } {
  const poolName = usePools.getState().items.find((p) => p.id === ref.userPoolId)?.name;
  return { label: label.slice(0, 200), ...(poolName ? { poolName: poolName.slice(0, 128) } : {}) };
}

/** A job as shown: its summary with the freshest progress on top. */
export function jobView(s: Pick<JobsState, 'summaries' | 'progress'>, jobId: string): JobSummary | undefined {
  const summary = s.summaries[jobId];
  const progress = s.progress[jobId];
  return summary ? { ...summary, ...progress } : undefined;
}

/** Every job, newest first. */
export function allJobs(s: Pick<JobsState, 'summaries' | 'progress'>): JobSummary[] {
  return Object.keys(s.summaries)
    .map((id) => jobView(s, id))
    .filter((j): j is JobSummary => j !== undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export const runningCount = (s: Pick<JobsState, 'summaries' | 'progress'>): number =>
  allJobs(s).filter((j) => j.state === 'running').length;

/** Long work started in this window (bulk actions, exports) and what main remembers of past jobs. */
export const useJobs = create<JobsState>((set, get) => {
  const provisional = (
    jobId: string,
    kind: JobSummary['kind'],
    ref: { profile: string; region: string; userPoolId: string },
    operation: string,
    label: string,
  ): void => {
    const summary: JobSummary = {
      jobId,
      kind,
      state: 'running',
      done: 0,
      succeeded: 0,
      failed: 0,
      ratePerSecond: 0,
      profile: ref.profile,
      region: ref.region,
      userPoolId: ref.userPoolId,
      ...display(ref, label),
      operation,
      startedAt: new Date().toISOString(),
    };
    set((s) => ({ summaries: { [jobId]: s.summaries[jobId] ?? summary, ...s.summaries } }));
  };

  return {
    summaries: {},
    progress: {},
    loading: false,
    error: undefined,

    init() {
      if (subscribed) return;
      subscribed = true;
      onEvent('jobs:progress', (p) => {
        set((s) => ({ progress: { ...s.progress, [p.jobId]: p } }));
        // A job this window did not start here (e.g. a retry): learn its label and pool from main.
        if (!get().summaries[p.jobId]) void get().refresh();
      });
      void get().refresh();
    },

    async refresh() {
      set({ loading: true });
      try {
        const list = await call('jobs:list', {});
        set((s) => {
          const summaries = { ...s.summaries };
          const progress = { ...s.progress };
          for (const job of list) {
            // The label this window gave a job names the pool and the count; main's is terser.
            summaries[job.jobId] = { ...job, label: s.summaries[job.jobId]?.label ?? job.label };
            // main's list is newer than a stale event when the job ended meanwhile.
            if (progress[job.jobId]?.state === 'running' && job.state !== 'running') delete progress[job.jobId];
          }
          return { summaries, progress, loading: false, error: undefined };
        });
      } catch (error) {
        set({ loading: false, error: toApiError(error) });
      }
    },

    async startBulk(request, label) {
      get().init();
      const { jobId } = await call('jobs:start-bulk', { ...request, ...display(request, label) });
      provisional(jobId, 'bulk', request, request.action, label);
      return jobId;
    },

    async startExport(request, label) {
      get().init();
      const { jobId } = await call('jobs:start-export', { ...request, ...display(request, label) });
      provisional(jobId, 'export', request, request.format, label);
      return jobId;
    },

    async startImport(request, label) {
      get().init();
      const { jobId } = await call('jobs:start-import', { ...request, ...display(request, label) });
      provisional(jobId, 'import', request, 'import', label);
      return jobId;
    },

    async cancel(jobId) {
      await call('jobs:cancel', { jobId });
    },

    async retryFailures(jobId) {
      const { jobId: retry } = await call('jobs:retry-failures', { jobId });
      await get().refresh();
      return retry;
    },

    async resumeExport(jobId) {
      get().init();
      await call('jobs:resume-export', { jobId });
      // The same id: the ended run's last event must not cover the resumed run until its first event arrives.
      set((s) => ({ progress: Object.fromEntries(Object.entries(s.progress).filter(([id]) => id !== jobId)) }));
      await get().refresh();
    },
  };
});

/** Resolves when the job leaves the running state (for screens that reload after a job, e.g. group members). */
export function whenJobEnds(jobId: string): Promise<JobSummary> {
  return new Promise((resolve) => {
    const check = (s: JobsState): boolean => {
      const job = jobView(s, jobId);
      if (job && job.state !== 'running') {
        resolve(job);
        return true;
      }
      return false;
    };
    if (check(useJobs.getState())) return;
    const stop = useJobs.subscribe((s) => {
      if (check(s)) stop();
    });
  });
}
