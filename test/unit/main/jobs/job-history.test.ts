import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKPOINT_FILE, jobDir } from '../../../../src/main/jobs/job-files';
import { HISTORY_LIMIT, readJobHistory } from '../../../../src/main/jobs/job-history';
import type { JobInit } from '../../../../src/main/jobs/runner';
import { JobRunner } from '../../../../src/main/jobs/runner';
import type { JobProgress } from '../../../../src/shared/model/jobs';

/** A job that fails `bad` and succeeds the other items. */
function job(items: string[], bad: string[] = []): JobInit {
  return {
    kind: 'bulk',
    profile: 'p',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_abc',
    poolName: 'my-app-users',
    operation: 'disable',
    label: `Disable ${items.length} users of my-app-users`,
    total: items.length,
    run(control) {
      for (const item of items) {
        if (bad.includes(item))
          control.failed(item, { code: 'NOT_FOUND', message: 'User does not exist.', retryable: false });
        else control.succeeded();
      }
      return Promise.resolve();
    },
    retry: (failed) => job(failed),
  };
}

describe('job history across restarts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-history-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('progress events carry the pool and the label; a new runner on the same data dir lists the finished job', async () => {
    const events: JobProgress[] = [];
    const first = new JobRunner({ dataDir: dir });
    const id = first.start(job(['a', 'b', 'c'], ['b']), (p) => events.push(p));
    const done = await first.wait(id);
    expect(events.at(-1)).toMatchObject({
      jobId: id,
      state: 'failed',
      userPoolId: 'eu-west-1_abc',
      poolName: 'my-app-users',
      label: 'Disable 3 users of my-app-users',
    });
    await first.dispose();

    // A restart: a new runner, the same data dir.
    const second = new JobRunner({ dataDir: dir });
    const [listed] = second.list();
    expect(listed).toMatchObject({
      jobId: id,
      state: 'failed',
      succeeded: 2,
      failed: 1,
      poolName: 'my-app-users',
      label: 'Disable 3 users of my-app-users',
      resultFile: done.resultFile,
      failureFile: done.failureFile,
      earlierRun: true,
    });
    expect(existsSync(listed?.failureFile ?? '')).toBe(true);
    expect(second.get(id)).toMatchObject({ jobId: id, failures: [], notes: [] });
    // It cannot be retried from memory any more: the answer says where its failures are.
    expect(() => second.retryFailures(id, () => undefined)).toThrow(/before the console restarted.*failures\.csv/);
    await second.dispose();
  });

  it(`keeps the newest ${HISTORY_LIMIT} finished jobs and removes the folders of older ones`, async () => {
    const runner = new JobRunner({ dataDir: dir });
    const ids: string[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 3; i += 1) {
      const id = runner.start(job([`u${i}`]), () => undefined);
      ids.push(id);
      await runner.wait(id);
    }
    await runner.dispose();
    const history = readJobHistory(dir);
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.jobId).toBe(ids.at(-1));
    expect(history.some((j) => j.jobId === ids[2])).toBe(false);
    expect(existsSync(jobDir(dir, ids[0] ?? ''))).toBe(false);
    expect(existsSync(jobDir(dir, ids[3] ?? ''))).toBe(true);
    // 203 jobs, each writing its report and the history: slow on a loaded 2-core machine, not wrong.
  }, 60_000);

  it('a job the process died in is listed after a restart as interrupted, resumable when it left a checkpoint', async () => {
    const first = new JobRunner({ dataDir: dir });
    // Jobs that never end by themselves: the process "dies" while they run (no dispose, no report).
    const hang = (): JobInit => ({
      ...job([]),
      kind: 'export',
      run: (control) => new Promise((_resolve, reject) => control.signal.addEventListener('abort', reject)),
    });
    const plain = first.start(hang(), () => undefined);
    const exported = first.start(hang(), () => undefined);
    mkdirSync(jobDir(dir, exported), { recursive: true });
    writeFileSync(path.join(jobDir(dir, exported), CHECKPOINT_FILE), '{}');
    // The same id cannot start twice while it runs (a resume of a running export).
    expect(() => first.start({ ...hang(), jobId: exported }, () => undefined)).toThrow(/still running/);
    await expect.poll(() => readJobHistory(dir).length).toBe(2);

    const second = new JobRunner({ dataDir: dir });
    const byId = new Map(second.list().map((j) => [j.jobId, j]));
    expect(byId.get(plain)).toMatchObject({ state: 'interrupted', earlierRun: true, ratePerSecond: 0 });
    expect(byId.get(plain)?.resumable).toBeUndefined();
    expect(byId.get(exported)).toMatchObject({
      state: 'interrupted',
      resumable: true,
      error: { message: expect.stringMatching(/stopped while this job ran.*resumed/) as string },
    });
    await first.dispose();
    await second.dispose();
  });

  it('a damaged history file is an empty history, not a crash', () => {
    expect(readJobHistory(path.join(dir, 'nowhere'))).toEqual([]);
  });
});
