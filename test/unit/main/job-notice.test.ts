import { describe, expect, it } from 'vitest';
import { jobNotice } from '../../../src/main/job-notice';
import type { JobSummary } from '../../../src/shared/model/jobs';

function summary(over: Partial<JobSummary>): JobSummary {
  return {
    jobId: 'job-1',
    kind: 'bulk',
    state: 'succeeded',
    done: 5000,
    succeeded: 4990,
    failed: 10,
    ratePerSecond: 25,
    profile: 'prod',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_Abc',
    operation: 'disable',
    label: 'disable 5,000 users',
    startedAt: '2026-11-23T10:00:00.000Z',
    finishedAt: '2026-11-23T10:03:20.000Z',
    ...over,
  };
}

describe('job notifications', () => {
  it('tells an unfocused user that a long job ended, with its counts', () => {
    expect(jobNotice(summary({ state: 'failed' }), false)).toEqual({
      title: 'Job finished with failures: disable 5,000 users',
      body: '4,990 succeeded, 10 failed. Open Jobs for the report.',
    });
  });

  it('stays quiet when the window has focus, the job was short, or it is still running', () => {
    expect(jobNotice(summary({}), true)).toBeUndefined();
    expect(jobNotice(summary({ finishedAt: '2026-11-23T10:00:04.000Z' }), false)).toBeUndefined();
    expect(jobNotice(summary({ state: 'running', finishedAt: undefined }), false)).toBeUndefined();
  });
});
