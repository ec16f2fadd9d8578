import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { AppError } from '../../shared/ipc/errors';
import type { JobDetail, JobFailure, JobKind, JobProgress, JobState, JobSummary } from '../../shared/model/jobs';
import { toWireError } from '../ipc/to-wire-error';
import type { Clock } from './clock';
import { realClock } from './clock';
import { hasCheckpoint, jobDir, writeJobReport } from './job-files';
import type { JobControl, JobInit } from './job-types';
import { readJobHistory, recordJob } from './job-history';
import { progressOf } from './progress-of';
import { RateMeter } from './rate-meter';

export type { JobControl, JobInit } from './job-types';

interface JobRecord {
  init: JobInit;
  summary: JobSummary;
  failures: JobFailure[];
  notes: { item: string; message: string }[];
  controller: AbortController;
  emit: (progress: JobProgress) => void;
  meter: RateMeter;
  lastEmit: number;
  pendingEmit?: ReturnType<typeof setTimeout>;
  done: Promise<void>;
}

export interface JobRunnerOptions {
  dataDir: string;
  clock?: Clock;
  /** Progress events per second per job at most (the final one always goes). */
  eventsPerSecond?: number;
  /** Told when a job ends (after its report is written), e.g. to notify a user who looked away. */
  onFinished?: (summary: JobSummary) => void;
}

/** Kept in memory (and in result.json) so a long job's failure list cannot grow without bound in the UI. */
const DETAIL_LIMIT = 200;

/** Runs jobs in the background: start returns at once, progress is pushed, cancel aborts, a report is left behind. */
export class JobRunner {
  private readonly jobs = new Map<string, JobRecord>();
  private readonly clock: Clock;
  private readonly minGapMs: number;
  /** Finished jobs of this run and earlier ones (newest first, bounded), as saved in <dataDir>/jobs/history.json. */
  private history: JobSummary[];
  /** History writes one after another, so a later job never loses to an earlier write. */
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly options: JobRunnerOptions) {
    this.clock = options.clock ?? realClock;
    this.minGapMs = 1000 / (options.eventsPerSecond ?? 4);
    this.history = readJobHistory(options.dataDir);
  }

  start(init: JobInit, emit: (progress: JobProgress) => void): string {
    const id = init.jobId ?? randomUUID();
    const same = this.jobs.get(id);
    if (same?.summary.state === 'running') throw new AppError('CONFLICT', `Job ${id} is still running.`);
    // A resumed job of this run goes to the front of the list again.
    if (same) this.jobs.delete(id);
    const summary: JobSummary = {
      jobId: id,
      kind: init.kind,
      state: 'running',
      done: 0,
      ...(init.total !== undefined ? { total: init.total } : {}),
      succeeded: 0,
      failed: 0,
      ratePerSecond: 0,
      profile: init.profile,
      region: init.region,
      userPoolId: init.userPoolId,
      ...(init.poolName ? { poolName: init.poolName } : {}),
      operation: init.operation,
      label: init.label,
      startedAt: new Date().toISOString(),
      ...(init.retryOf ? { retryOf: init.retryOf } : {}),
    };
    const record: JobRecord = {
      init,
      summary,
      failures: [],
      notes: [],
      controller: new AbortController(),
      emit,
      meter: new RateMeter(this.clock),
      lastEmit: -Infinity,
      done: Promise.resolve(),
    };
    // Every call in flight (16 partitions, 8 workers) listens on the signal: not a leak, so no warning.
    setMaxListeners(256, record.controller.signal);
    this.jobs.set(id, record);
    // Saved as running at once: if the process dies, the next run lists it as interrupted instead of losing it.
    void this.remember({ ...summary });
    record.done = this.execute(record);
    return id;
  }

  /** This run's jobs, newest first, then the finished jobs of earlier runs. */
  list(): JobSummary[] {
    const current = [...this.jobs.values()].map((r) => ({ ...r.summary })).reverse();
    const earlier = this.history.filter((j) => !this.jobs.has(j.jobId)).map((j) => ({ ...j, earlierRun: true }));
    return [...current, ...earlier];
  }

  get(jobId: string): JobDetail {
    const past = this.jobs.has(jobId) ? undefined : this.history.find((j) => j.jobId === jobId);
    // A job of an earlier run: its failures and notes are in its files (result.json, failures.csv), not in memory.
    if (past) return { ...past, earlierRun: true, failures: [], notes: [] };
    const record = this.record(jobId);
    return {
      ...record.summary,
      failures: record.failures.slice(0, DETAIL_LIMIT),
      notes: record.notes.slice(0, DETAIL_LIMIT),
    };
  }

  kindOf(jobId: string): { kind: JobKind; profile: string } {
    const { summary } = this.record(jobId);
    return { kind: summary.kind, profile: summary.profile };
  }

  cancel(jobId: string): void {
    this.record(jobId).controller.abort();
  }

  /** Resolves when the job has ended and its report is written (tests, CLI). */
  async wait(jobId: string): Promise<JobDetail> {
    await this.record(jobId).done;
    return this.get(jobId);
  }

  /** A new job on only the failed (or, after a cancel, never attempted) items of a finished job. */
  retryFailures(jobId: string, emit: (progress: JobProgress) => void): string {
    const record = this.record(jobId);
    if (record.summary.state === 'running') throw new AppError('CONFLICT', 'The job is still running.');
    if (!record.init.retry)
      throw new AppError('CONFLICT', 'This kind of job cannot retry single items: start it again.');
    if (record.failures.length === 0) throw new AppError('CONFLICT', 'The job has no failures to retry.');
    const init = record.init.retry(record.failures.map((f) => f.item));
    const poolName = record.init.poolName;
    return this.start(
      { ...init, ...(poolName ? { poolName } : {}), label: `${init.label} (retry)`, retryOf: jobId },
      emit,
    );
  }

  /** Cancels every running job and waits for their reports (app quit). */
  async dispose(): Promise<void> {
    for (const record of this.jobs.values()) record.controller.abort();
    await Promise.allSettled([...this.jobs.values()].map((r) => r.done));
    await this.saving;
  }

  private record(jobId: string): JobRecord {
    const record = this.jobs.get(jobId);
    if (record) return record;
    const past = this.history.find((j) => j.jobId === jobId);
    if (past) {
      throw new AppError(
        'CONFLICT',
        `This job ran before the console restarted: it can no longer be cancelled or retried.${
          past.failureFile ? ` Its failures are in ${past.failureFile}.` : ''
        }`,
      );
    }
    throw new AppError('NOT_FOUND', `No job ${jobId} in this session.`);
  }

  /** Adds a finished job to the saved history; a failed write costs only the history, never the job. */
  private remember(summary: JobSummary): Promise<void> {
    this.saving = this.saving
      .then(async () => {
        this.history = await recordJob(this.options.dataDir, this.history, summary);
      })
      .catch(() => undefined);
    return this.saving;
  }

  private async execute(record: JobRecord): Promise<void> {
    const { summary } = record;
    const dir = jobDir(this.options.dataDir, summary.jobId);
    const control: JobControl = {
      id: summary.jobId,
      signal: record.controller.signal,
      dir,
      setTotal: (total) => {
        if (total === undefined) delete summary.total;
        else summary.total = total;
        this.progress(record);
      },
      succeeded: (count = 1) => {
        summary.succeeded += count;
        summary.done += count;
        this.progress(record);
      },
      failed: (item, error) => {
        summary.failed += 1;
        summary.done += 1;
        record.failures.push({ item, code: error.code, reason: error.message });
        this.progress(record);
      },
      note: (item, message) => {
        record.notes.push({ item, message });
      },
      setResultFile: (file) => {
        summary.resultFile = file;
      },
      resetCounts: () => {
        summary.done = 0;
        summary.succeeded = 0;
        summary.failed = 0;
        record.failures = [];
        record.meter = new RateMeter(this.clock);
        this.progress(record);
      },
    };
    let state: JobState = 'succeeded';
    try {
      await Promise.resolve().then(() => record.init.run(control));
      if (record.controller.signal.aborted) state = 'cancelled';
      else if (summary.failed > 0) state = 'failed';
    } catch (cause) {
      const error = toWireError(cause);
      state = error.code === 'CANCELLED' || record.controller.signal.aborted ? 'cancelled' : 'failed';
      if (state === 'failed') summary.error = error;
    }
    summary.finishedAt = new Date().toISOString();
    summary.ratePerSecond = record.meter.average(summary.done);
    delete summary.etaSeconds;
    try {
      const files = await writeJobReport(dir, {
        summary: { ...summary, state },
        failures: record.failures,
        notes: record.notes,
      });
      // An export's result is its output file; a bulk job's is its report.
      summary.resultFile ??= files.resultFile;
      if (files.failureFile) summary.failureFile = files.failureFile;
    } catch (cause) {
      summary.error ??= toWireError(cause);
    }
    if (state !== 'succeeded' && hasCheckpoint(dir)) summary.resumable = true;
    else delete summary.resumable;
    summary.state = state;
    await this.remember({ ...summary });
    if (record.pendingEmit) clearTimeout(record.pendingEmit);
    record.emit(progressOf(summary));
    this.options.onFinished?.({ ...summary });
  }

  /** At most eventsPerSecond events; a change inside the gap is sent by one trailing timer. */
  private progress(record: JobRecord): void {
    const { summary } = record;
    summary.ratePerSecond = record.meter.sample(summary.done);
    const remaining = summary.total !== undefined ? summary.total - summary.done : undefined;
    if (remaining !== undefined && remaining >= 0 && summary.ratePerSecond > 0) {
      summary.etaSeconds = Math.round(remaining / summary.ratePerSecond);
    }
    if (record.pendingEmit) return;
    const wait = record.lastEmit + this.minGapMs - this.clock.now();
    const send = (): void => {
      record.pendingEmit = undefined;
      if (summary.state !== 'running') return;
      record.lastEmit = this.clock.now();
      record.emit(progressOf(summary));
    };
    if (wait <= 0) send();
    else record.pendingEmit = setTimeout(send, wait);
  }
}
