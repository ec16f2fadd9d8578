import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Checkpoint } from '../../src/main/services/export/checkpoint';
import type { JobDetail, JobSummary } from '../../src/shared/model/jobs';
import { createTestPool, seedUsers, testIdp, usersCore } from './users-fixture';

const REGION = 'ap-south-2';
const USERS = 400;
const noteOf = (i: number): string => [`lone\nLF #${i}`, `"quoted", #${i}`, `emoji 🎉 #${i}`][i % 3] ?? '';

describe('jobs:resume-export through the router (app quit mid-export, then a new core on the same data folder)', () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let userPoolId: string;
  const expected = new Map<string, string>();
  const first = () => usersCore(endpoint, REGION);
  let a: ReturnType<typeof first>;
  let b: ReturnType<typeof first>;

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    userPoolId = await createTestPool(idp, `resume-app-${randomUUID().slice(0, 8)}`);
    const names = await seedUsers(idp, userPoolId, USERS, (i) => ({ 'custom:note': noteOf(i) }));
    names.forEach((name, i) => expected.set(name, noteOf(i)));
    a = first();
  });
  afterAll(async () => {
    await b?.dispose();
    rmSync(a.dir, { recursive: true, force: true });
    idp.destroy();
  });

  const ok = <T>(result: { ok: boolean; value?: unknown; error?: unknown }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as T;
  };

  it('keeps the .partial and checkpoint when the app quits, lists the job as resumable, and resumes to the exact set', async () => {
    const dataDir = path.join(a.dir, 'data');
    // Settings > Request rates: 2 ListUsers a second, so the quit lands midway (checked on the checkpoint below).
    ok(await a.core.dispatch('settings:update', { rateLimits: { UserList: 2 } }, a.ctx));
    const { jobId } = ok<{ jobId: string }>(
      await a.core.dispatch(
        'jobs:start-export',
        { profile: 'users-test', region: REGION, userPoolId, format: 'csv' },
        a.ctx,
      ),
    );
    const checkpointPath = path.join(dataDir, 'jobs', jobId, 'checkpoint.json');
    let midway: Checkpoint | undefined;
    for (const until = Date.now() + 60_000; !midway && Date.now() < until; await sleep(25)) {
      try {
        const checkpoint = JSON.parse(readFileSync(checkpointPath, 'utf8')) as Checkpoint;
        const states = Object.values(checkpoint.partitions);
        if (states.some((s) => s.done) && states.some((s) => !s.done)) midway = checkpoint;
      } catch {
        // not written yet
      }
    }
    if (!midway) throw new Error('the export never reached a checkpoint midway');
    await a.core.dispose();

    b = usersCore(endpoint, REGION, { dataDir });
    ok(await b.core.dispatch('settings:update', { rateLimits: {} }, b.ctx));
    const listed = ok<JobSummary[]>(await b.core.dispatch('jobs:list', {}, b.ctx)).find((j) => j.jobId === jobId);
    expect(listed).toMatchObject({ state: 'cancelled', resumable: true, earlierRun: true });

    expect(ok<{ jobId: string }>(await b.core.dispatch('jobs:resume-export', { jobId }, b.ctx))).toEqual({ jobId });
    let detail: JobDetail | undefined;
    for (let i = 0; i < 1200 && detail?.state !== 'succeeded'; i++) {
      detail = ok<JobDetail>(await b.core.dispatch('jobs:get', { jobId }, b.ctx));
      if (detail.state === 'failed') throw new Error(JSON.stringify(detail.error));
      await sleep(50);
    }
    expect(detail).toMatchObject({ state: 'succeeded', succeeded: USERS, notes: [], resultFile: midway.inputs.file });
    expect(detail?.resumable).toBeUndefined();

    const parsed = Papa.parse<Record<string, string>>(readFileSync(midway.inputs.file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const got = new Map(parsed.data.map((r) => [r.username ?? '', r['custom:note']]));
    expect(parsed.data).toHaveLength(USERS);
    expect(got).toEqual(expected);

    // Done: no checkpoint left, so a second resume is NOT_FOUND (the router's envelope, not a throw).
    const again = await b.core.dispatch('jobs:resume-export', { jobId }, b.ctx);
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
