import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CognitoIdentityProviderClient, ListUsersCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RateLimits } from '../../src/main/jobs/limits';
import { JobRunner } from '../../src/main/jobs/runner';
import type { Checkpoint } from '../../src/main/services/export/checkpoint';
import { exportJob, resumeExportJob } from '../../src/main/services/export/export-job';
import { createTestPool, seedUsers, testIdp } from './users-fixture';

const REGION = 'sa-east-1';
const USERS = 2_000;
const noteOf = (i: number): string => [`lone\nLF #${i}`, `"quoted", #${i}`, `emoji 🎉 #${i}`][i % 3] ?? '';
/**
 * The scheduler told that a page takes 20 s (calls that slow, e.g. a large pool answering filtered ListUsers
 * slowly): 16 streams then use a fraction of the 30/s quota, so it splits at once. The calls are real (moto).
 */
const SLOW = { latencyMs: 20_000 };

const fault = (name: string, message: string): Error =>
  Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: 400 } });

describe('partition splits in a whole-pool export (moto, faults, cancel and resume)', () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let userPoolId: string;
  let dir: string;
  const expected = new Map<string, string>();
  const filters = new Set<string>();
  let faults = { throttled: 0, refused: 0 };
  let resetFaults = (): void => undefined;

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    userPoolId = await createTestPool(idp, `split-${randomUUID().slice(0, 8)}`);
    const names = await seedUsers(idp, userPoolId, USERS, (i) => ({ 'custom:note': noteOf(i) }));
    names.forEach((name, i) => expected.set(name, noteOf(i)));
    dir = mkdtempSync(path.join(tmpdir(), 'cc-export-split-'));
    // Every 9th ListUsers is throttled, and the first token of each of 3 partitions is refused once (what an expired
    // token does): the scan retries the page, or starts that partition over and skips the subs it wrote.
    let calls = 0;
    const refusedOnce = new Set<string>();
    resetFaults = () => {
      refusedOnce.clear();
      faults = { throttled: 0, refused: 0 };
    };
    idp.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'ListUsersCommand') {
          const input = args.input as ListUsersCommandInput;
          filters.add(input.Filter ?? '');
          if (++calls % 9 === 0) {
            faults.throttled++;
            throw fault('TooManyRequestsException', 'Rate exceeded');
          }
          if (input.PaginationToken && refusedOnce.size < 3 && !refusedOnce.has(input.Filter ?? '')) {
            refusedOnce.add(input.Filter ?? '');
            faults.refused++;
            throw fault('InvalidParameterException', 'Invalid pagination token');
          }
        }
        return next(args);
      },
      { step: 'initialize', name: 'testFaults' },
    );
  });
  afterAll(() => {
    idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  function expectExact(file: string): void {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const counts = new Map<string, number>();
    for (const row of parsed.data) counts.set(row.username ?? '', (counts.get(row.username ?? '') ?? 0) + 1);
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([name]) => name);
    const missing = [...expected.keys()].filter((name) => !counts.has(name));
    expect({ missing, duplicated }).toEqual({ missing: [], duplicated: [] });
    expect(parsed.data).toHaveLength(USERS);
    for (const row of parsed.data) expect(row['custom:note'], row.username).toBe(expected.get(row.username ?? ''));
  }

  it('splits, and the CSV holds every user once (no sequential rescan)', async () => {
    filters.clear();
    resetFaults();
    const runner = new JobRunner({ dataDir: path.join(dir, 'a') });
    const throttle = new RateLimits().throttleFor('split', REGION);
    const file = path.join(dir, 'all.csv');
    const id = runner.start(
      exportJob({ idp, throttle, profile: 'split', region: REGION, userPoolId, format: 'csv', file, schedule: SLOW }),
      () => undefined,
    );
    const detail = await runner.wait(id);
    expect(detail).toMatchObject({ state: 'succeeded', succeeded: USERS, notes: [] });
    expect([...filters].filter((f) => /sub \^= "[0-9a-f]{2}"/.test(f)).length).toBeGreaterThanOrEqual(16);
    expect(faults.throttled).toBeGreaterThan(0);
    // Here each partition is split after its first page and the children page once each, so often no call carries
    // a token to refuse; the refused-token restart is covered by export-resume.test.ts.
    expectExact(file);
  });

  it('a cancel after a split keeps the split in the checkpoint; the resume continues the children exactly', async () => {
    const dataDir = path.join(dir, 'b');
    const runner = new JobRunner({ dataDir });
    // 8 calls/s, so the cancel lands while children are still paging.
    const throttle = new RateLimits({ overrides: { UserList: 8 } }).throttleFor('split-slow', REGION);
    const file = path.join(dir, 'resumed.csv');
    const id = runner.start(
      exportJob({ idp, throttle, profile: 'split', region: REGION, userPoolId, format: 'csv', file, schedule: SLOW }),
      () => undefined,
    );
    const checkpointPath = path.join(dataDir, 'jobs', id, 'checkpoint.json');
    let midway: Checkpoint | undefined;
    for (const until = Date.now() + 60_000; !midway && Date.now() < until; await sleep(20)) {
      try {
        const checkpoint = JSON.parse(readFileSync(checkpointPath, 'utf8')) as Checkpoint;
        const states = Object.entries(checkpoint.partitions);
        const split = states.some(([, s]) => s.split);
        const childDone = states.some(([k, s]) => k.length === 2 && s.done);
        const childLeft = states.some(([k, s]) => k.length === 2 && !s.done && !s.split);
        if (split && childDone && childLeft) midway = checkpoint;
      } catch {
        // not written yet, or replaced while read
      }
    }
    if (!midway) throw new Error('the export never reached a checkpoint with a split midway');
    runner.cancel(id);
    expect((await runner.wait(id)).state).toBe('cancelled');
    expect(existsSync(file)).toBe(false);

    const saved = JSON.parse(readFileSync(checkpointPath, 'utf8')) as Checkpoint;
    expect(saved.version).toBe(2);
    const resumed = new JobRunner({ dataDir });
    const fast = new RateLimits().throttleFor('split-resume', REGION);
    const again = resumed.start(resumeExportJob(saved, { idp, throttle: fast, schedule: SLOW }), () => undefined);
    const detail = await resumed.wait(again);
    expect(detail).toMatchObject({ state: 'succeeded', notes: [] });
    expectExact(file);
    expect(existsSync(checkpointPath)).toBe(false);
  });
});
