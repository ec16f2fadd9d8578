import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unthrottled } from '../../../../src/main/jobs/limits';
import { withRetry } from '../../../../src/main/jobs/retry';
import { runItems } from '../../../../src/main/jobs/run-items';
import type { JobInit } from '../../../../src/main/jobs/runner';
import { JobRunner } from '../../../../src/main/jobs/runner';
import type { JobProgress, JobSummary } from '../../../../src/shared/model/jobs';
import { FakeClock } from './fake-clock';

const awsError = (name: string, status: number): Error =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

/** A job over items whose call is `call`, retried with tiny backoffs so the test stays fast. */
function itemsJob(items: string[], call: (item: string, signal: AbortSignal) => Promise<void>): JobInit {
  return {
    kind: 'bulk',
    profile: 'p',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_abc',
    operation: 'disable',
    label: 'test',
    total: items.length,
    run: (job) =>
      runItems(job, items, call, {
        category: 'UserUpdate',
        throttle: unthrottled,
        concurrency: 4,
        retry: { baseDelayMs: 1, maxDelayMs: 2 },
      }),
    retry: (failed) => itemsJob(failed, call),
  };
}

describe('JobRunner', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-jobs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('returns an id at once and ends every item succeeded or failed with a reason, retrying transient errors', async () => {
    const finished: JobSummary[] = [];
    const runner = new JobRunner({ dataDir: dir, onFinished: (s) => finished.push(s) });
    const attempts = new Map<string, number>();
    const items = Array.from({ length: 50 }, (_, i) => `user-${i}`);
    const events: JobProgress[] = [];
    const id = runner.start(
      itemsJob(items, (item) => {
        const n = (attempts.get(item) ?? 0) + 1;
        attempts.set(item, n);
        if (item === 'user-7') return Promise.reject(awsError('UserNotFoundException', 400));
        if (item.endsWith('3') && n < 3) return Promise.reject(awsError('TooManyRequestsException', 400));
        if (item.endsWith('5') && n < 2) return Promise.reject(awsError('InternalErrorException', 500));
        return Promise.resolve();
      }),
      (p) => events.push(p),
    );
    expect(runner.get(id).state).toBe('running');
    const detail = await runner.wait(id);
    expect(detail).toMatchObject({ state: 'failed', done: 50, total: 50, succeeded: 49, failed: 1 });
    expect(detail.failures).toEqual([{ item: 'user-7', code: 'NOT_FOUND', reason: 'UserNotFoundException' }]);
    // Not retried: a missing user will not appear by asking again.
    expect(attempts.get('user-7')).toBe(1);
    expect(attempts.get('user-13')).toBe(3);
    expect(attempts.get('user-15')).toBe(2);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ state: 'failed', done: 50, failed: 1 });
    expect(last?.resultFile).toBe(path.join(dir, 'jobs', id, 'result.json'));
    const report = JSON.parse(readFileSync(last?.resultFile ?? '', 'utf8')) as { failures: unknown[] };
    expect(report.failures).toHaveLength(1);
    // Told once, at the end, with the final state (Electron turns it into an OS notification).
    expect(finished).toEqual([expect.objectContaining({ jobId: id, state: 'failed', succeeded: 49, failed: 1 })]);
    const csv = Papa.parse<string[]>(readFileSync(last?.failureFile ?? '', 'utf8').trim()).data;
    expect(csv).toEqual([
      ['item', 'code', 'reason'],
      ['user-7', 'NOT_FOUND', 'UserNotFoundException'],
    ]);
  });

  it('sends at most ~4 progress events a second plus the final one', async () => {
    const runner = new JobRunner({ dataDir: dir });
    const events: JobProgress[] = [];
    const items = Array.from({ length: 300 }, (_, i) => `u${i}`);
    const started = performance.now();
    const id = runner.start(
      itemsJob(items, () => new Promise((r) => setTimeout(r, 2))),
      (p) => events.push(p),
    );
    await runner.wait(id);
    const seconds = (performance.now() - started) / 1000;
    expect(events.length).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 2);
    expect(events.filter((e) => e.state !== 'running')).toHaveLength(1);
    expect(events[events.length - 1]).toMatchObject({ state: 'succeeded', succeeded: 300 });
  });

  it('cancels mid-job, fails the untried items as CANCELLED, and retry-failures completes the set', async () => {
    const runner = new JobRunner({ dataDir: dir });
    const done = new Set<string>();
    const items = Array.from({ length: 40 }, (_, i) => `u${i}`);
    const call = async (item: string, signal: AbortSignal): Promise<void> => {
      await new Promise((r) => setTimeout(r, 5));
      if (signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      done.add(item);
    };
    const id = runner.start(itemsJob(items, call), () => undefined);
    await new Promise((r) => setTimeout(r, 25));
    runner.cancel(id);
    const cancelled = await runner.wait(id);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.succeeded + cancelled.failed).toBe(40);
    expect(cancelled.failures.every((f) => f.code === 'CANCELLED')).toBe(true);
    expect(done.size).toBe(cancelled.succeeded);

    const retryId = runner.retryFailures(id, () => undefined);
    const retried = await runner.wait(retryId);
    expect(retried).toMatchObject({ state: 'succeeded', retryOf: id, total: cancelled.failed });
    expect([...done].sort()).toEqual([...items].sort());
    expect(runner.list().map((j) => j.jobId)).toEqual([retryId, id]);
  });

  it('fails the job as a whole when its work throws, and still writes the report', async () => {
    const runner = new JobRunner({ dataDir: dir });
    const id = runner.start(
      {
        ...itemsJob([], () => Promise.resolve()),
        run: () => Promise.reject(awsError('ResourceNotFoundException', 400)),
      },
      () => undefined,
    );
    const detail = await runner.wait(id);
    expect(detail).toMatchObject({ state: 'failed', error: { code: 'NOT_FOUND' } });
    expect(detail.resultFile).toBe(path.join(dir, 'jobs', id, 'result.json'));
    expect(() => runner.get('3b241101-e2bb-4255-8caf-4136c566a962')).toThrow(/No job/);
  });
});

describe('withRetry', () => {
  it('backs off with full jitter, doubling up to the cap, then gives up', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    let calls = 0;
    const result = withRetry(
      () => {
        calls++;
        return Promise.reject(awsError('TooManyRequestsException', 400));
      },
      controller.signal,
      { clock, maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 250, random: () => 1 },
    );
    const settled = result.catch((e: unknown) => e);
    await clock.advance(99);
    expect(calls).toBe(1);
    await clock.advance(1);
    expect(calls).toBe(2);
    await clock.advance(200);
    expect(calls).toBe(3);
    await clock.advance(250);
    expect(calls).toBe(4);
    expect(await settled).toMatchObject({ name: 'TooManyRequestsException' });
  });
});
