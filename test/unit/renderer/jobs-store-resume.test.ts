import { describe, expect, it } from 'vitest';
import type { JobProgress, JobSummary } from '../../../src/shared/model/jobs';

// A window.api whose jobs:list answers what the test sets, and that lets the test emit jobs:progress.
const JOB_ID = '6f1c1d2e-8a5b-4c1e-9d2f-0a1b2c3d4e5f';
let listed: JobSummary[] = [];
const calls: { channel: string; request: unknown }[] = [];
const listeners: ((p: JobProgress) => void)[] = [];
const api = {
  invoke: (channel: string, request: unknown) => {
    calls.push({ channel, request });
    if (channel === 'jobs:list') return Promise.resolve({ ok: true, value: listed });
    if (channel === 'jobs:resume-export') return Promise.resolve({ ok: true, value: { jobId: JOB_ID } });
    return Promise.resolve({ ok: true, value: null });
  },
  on: (_event: string, listener: (p: JobProgress) => void) => {
    listeners.push(listener);
    return () => undefined;
  },
};
Object.defineProperty(globalThis, 'window', { value: { api }, configurable: true });

const { jobView, useJobs } = await import('../../../src/renderer/stores/jobs');

const summary = (over: Partial<JobSummary>): JobSummary => ({
  jobId: JOB_ID,
  kind: 'export',
  state: 'cancelled',
  userPoolId: 'eu-west-1_Abc',
  label: 'export csv · all users',
  done: 120,
  succeeded: 120,
  failed: 0,
  ratePerSecond: 0,
  profile: 'p',
  region: 'eu-west-1',
  operation: 'csv',
  startedAt: '2026-12-03T18:00:00.000Z',
  ...over,
});

describe('jobs store: resume an export', () => {
  it('calls jobs:resume-export and shows the resumed run, not the ended run’s last event', async () => {
    listed = [summary({ resumable: true })];
    useJobs.getState().init();
    await useJobs.getState().refresh();
    // The cancel's final event, as this window received it.
    for (const l of listeners) l({ ...summary({}), state: 'cancelled' });
    expect(jobView(useJobs.getState(), JOB_ID)?.state).toBe('cancelled');

    listed = [summary({ state: 'running', label: 'export csv · all users (resumed)' })];
    await useJobs.getState().resumeExport(JOB_ID);
    expect(calls.filter((c) => c.channel === 'jobs:resume-export')).toEqual([
      { channel: 'jobs:resume-export', request: { jobId: JOB_ID } },
    ]);
    expect(jobView(useJobs.getState(), JOB_ID)).toMatchObject({ state: 'running', done: 120 });
    expect(jobView(useJobs.getState(), JOB_ID)?.resumable).toBeUndefined();
  });
});
