import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AdminDeleteUserCommand, DeleteUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Throttle } from '../../src/main/jobs/limits';
import { RateLimits } from '../../src/main/jobs/limits';
import { JobRunner } from '../../src/main/jobs/runner';
import { shareThrottle } from '../../src/main/jobs/share-throttle';
import { indexPath } from '../../src/main/services/user-index';
import { PoolIndexes } from '../../src/main/services/user-index/pool-indexes';
import type { JobDetail } from '../../src/shared/model/jobs';
import type { PoolRef } from '../../src/shared/model/users';
import { createTestPool, seedUsers, testIdp } from './users-fixture';

const REGION = 'ap-southeast-4';
const USERS = 300;
/** Values that break naive SQL, JSON and search handling. */
const HOSTILE = [
  "o'brien; DROP TABLE users;--",
  'say "hi", ok',
  'emoji 🎉 ü ß',
  '100% _wild_',
  'back\\slash',
  'x\u0000y',
];
const noteOf = (i: number): string => `${HOSTILE[i % HOSTILE.length] ?? ''} #${i}`;

describe('local user index sync against moto', () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let dir: string;
  let userPoolId: string;
  let ref: PoolRef;
  /** username -> custom:note of the users the pool holds now. */
  const expected = new Map<string, string>();

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    dir = mkdtempSync(path.join(tmpdir(), 'cc-index-sync-'));
    userPoolId = await createTestPool(idp, `index-${randomUUID().slice(0, 8)}`);
    ref = { profile: 'index-test', region: REGION, userPoolId };
    const names = await seedUsers(idp, userPoolId, USERS, (i) => ({
      email: `user-${i}@example.com`,
      'custom:note': noteOf(i),
    }));
    names.forEach((n, i) => expected.set(n, noteOf(i)));
  });
  afterAll(() => {
    idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A process's worth of parts on one data folder: a new one is what the app has after a restart. */
  function parts(dataDir = path.join(dir, 'data'), maxPageCount?: number) {
    const limits = new RateLimits();
    const calls = { list: 0 };
    const shared = limits.throttleFor(ref.profile, ref.region);
    const counted: Throttle = async (category, signal) => {
      await shared(category, signal);
      if (category === 'UserList') calls.list++;
    };
    const throttle = shareThrottle({ shared: counted, share: 0.5, rateOf: () => limits.rateOf('UserList') });
    const jobs = new JobRunner({ dataDir });
    const indexes = new PoolIndexes(dataDir, maxPageCount === undefined ? {} : { maxPageCount });
    const sync = (target: PoolRef = ref): Promise<string> =>
      indexes.startSync(target, { jobs, idp, throttle, share: 0.5, emit: () => undefined });
    return { jobs, indexes, calls, sync, dataDir };
  }

  async function indexedNotes(p: ReturnType<typeof parts>): Promise<Map<string, string>> {
    const { rows } = await p.indexes.get(ref).query({ limit: 1000, sort: { field: 'username', direction: 'asc' } });
    return new Map(rows.map((r) => [r.username, r.attributes['custom:note'] ?? '']));
  }

  it('fills the index with exactly the pool, searchable on a custom attribute; a second sync removes the deleted users', async () => {
    const p = parts();
    const first = await p.jobs.wait(await p.sync());
    expect(first).toMatchObject({ kind: 'index-sync', state: 'succeeded', done: USERS });
    expect(await indexedNotes(p)).toEqual(expected);
    // 16 partitions of ~19 users: one page each.
    expect(p.calls.list).toBe(16);
    const hit = await p.indexes
      .get(ref)
      .query({ filters: [{ field: 'custom:note', op: 'contains', value: "o'brien; drop" }] });
    expect(hit.total).toBe(USERS / HOSTILE.length);
    expect((await p.indexes.get(ref).query({ search: '🎉 ü' })).total).toBe(USERS / HOSTILE.length);
    const firstStatus = await p.indexes.status(ref);
    expect(firstStatus).toMatchObject({ users: USERS, resumable: false });
    expect(firstStatus.lastCompleteAt).toBeDefined();

    const gone = [...expected.keys()].slice(0, 20);
    for (const name of gone) {
      await idp.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: name }));
      expected.delete(name);
    }
    const added = await seedUsers(idp, userPoolId, 15, (i) => ({ 'custom:note': `fresh ${noteOf(i)}` }), 'new');
    added.forEach((n, i) => expected.set(n, `fresh ${noteOf(i)}`));
    await sleep(5);
    const second = await p.jobs.wait(await p.sync());
    expect(second).toMatchObject({ state: 'succeeded', done: expected.size });
    expect(second.notes).toEqual([{ item: '(index)', message: expect.stringContaining('20 users') as unknown }]);
    expect(await indexedNotes(p)).toEqual(expected);
    const secondStatus = await p.indexes.status(ref);
    expect(secondStatus.users).toBe(expected.size);
    expect(Date.parse(secondStatus.lastCompleteAt ?? '')).toBeGreaterThan(Date.parse(firstStatus.lastCompleteAt ?? ''));
    await p.jobs.dispose();
    await p.indexes.closeAll();
  });

  it('a cancelled sync continues its generation after a restart, with fewer calls than a full scan', async () => {
    const p = parts(path.join(dir, 'resume'));
    const jobId = await p.sync();
    // Cancel once a few partitions have finished (at 15 calls/s, about a third of a second in).
    for (
      let i = 0;
      i < 400 && ((await p.indexes.get(ref).currentScan())?.partitions ?? []).filter((x) => x.done).length < 4;
      i++
    ) {
      await sleep(5);
    }
    p.jobs.cancel(jobId);
    const cancelled = await p.jobs.wait(jobId);
    expect(cancelled.state).toBe('cancelled');
    const stopped = await p.indexes.status(ref);
    expect(stopped).toMatchObject({ resumable: true });
    expect(stopped.lastCompleteAt).toBeUndefined();
    const generation = (await p.indexes.get(ref).currentScan())?.generation;
    const finished = ((await p.indexes.get(ref).currentScan())?.partitions ?? []).filter((x) => x.done).length;
    expect(finished).toBeGreaterThanOrEqual(4);
    expect(finished).toBeLessThan(16);
    await p.jobs.dispose();
    await p.indexes.closeAll();

    // The app restarted: new runner, new index handle, same data folder.
    const again = parts(p.dataDir);
    const resumed = await again.jobs.wait(await again.sync());
    expect(resumed).toMatchObject({ state: 'succeeded', label: expect.stringContaining('resumed') as unknown });
    expect(again.calls.list).toBe(16 - finished);
    expect(await again.indexes.get(ref).currentScan()).toBeUndefined();
    expect(await indexedNotes(again)).toEqual(expected);
    expect(generation).toBe(1);
    await again.jobs.dispose();
    await again.indexes.closeAll();
  });

  it('a full disk fails the sync with the index’s message; a deleted pool drops its index', async () => {
    const full = parts(path.join(dir, 'full'), 40);
    const failed = await full.jobs.wait(await full.sync());
    expect(failed).toMatchObject({
      state: 'failed',
      error: { message: expect.stringContaining('disk is full') as unknown },
    });
    await full.jobs.dispose();
    await full.indexes.closeAll();

    const goneId = await createTestPool(idp, `gone-${randomUUID().slice(0, 8)}`);
    const goneRef = { ...ref, userPoolId: goneId };
    const p = parts(path.join(dir, 'gone'));
    await seedUsers(idp, goneId, 3);
    expect(await p.jobs.wait(await p.sync(goneRef))).toMatchObject({ state: 'succeeded', done: 3 });
    await idp.send(new DeleteUserPoolCommand({ UserPoolId: goneId }));
    const detail: JobDetail = await p.jobs.wait(await p.sync(goneRef));
    expect(detail).toMatchObject({ state: 'failed', error: { code: 'NOT_FOUND' } });
    expect(existsSync(indexPath(p.dataDir, goneRef))).toBe(false);
    await p.jobs.dispose();
    await p.indexes.closeAll();
  });
});
