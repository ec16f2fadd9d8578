import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  ListUsersCommand,
  ListUsersInGroupCommand,
  CreateGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { JobDetail } from '../../src/shared/model/jobs';
import { createTestPool, payloads, seedUsers, testIdp, usersCore } from './users-fixture';

const REGION = 'eu-south-1';
const ref = { profile: 'users-test', region: REGION };

describe('bulk jobs against moto', () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let env: ReturnType<typeof usersCore>;
  let userPoolId: string;
  let names: string[];
  let pool: typeof ref & { userPoolId: string };

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    userPoolId = await createTestPool(idp, `jobs-${randomUUID().slice(0, 8)}`);
    pool = { ...ref, userPoolId };
    names = await seedUsers(idp, userPoolId, 90);
    env = usersCore(endpoint, REGION);
  });
  afterAll(async () => {
    await env.dispose();
    idp.destroy();
  });

  async function run(request: object): Promise<JobDetail> {
    const started = await env.core.dispatch('jobs:start-bulk', { ...pool, ...request }, env.ctx);
    if (!started.ok) throw new Error(JSON.stringify(started.error));
    return waitFor((started.value as { jobId: string }).jobId);
  }
  async function waitFor(jobId: string): Promise<JobDetail> {
    for (let i = 0; i < 600; i++) {
      const got = await env.core.dispatch('jobs:get', { jobId }, env.ctx);
      if (got.ok && (got.value as JobDetail).state !== 'running') return got.value as JobDetail;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the job never ended');
  }
  async function enabledCount(): Promise<number> {
    let count = 0;
    let token: string | undefined;
    do {
      const page = await idp.send(new ListUsersCommand({ UserPoolId: userPoolId, Limit: 60, PaginationToken: token }));
      count += (page.Users ?? []).filter((u) => u.Enabled).length;
      token = page.PaginationToken;
    } while (token);
    return count;
  }

  it('disables a selection at the UserUpdate rate, then enables the same users again', async () => {
    const started = performance.now();
    const disabled = await run({ action: 'disable', usernames: names.slice(0, 60) });
    const seconds = (performance.now() - started) / 1000;
    expect(disabled).toMatchObject({ state: 'succeeded', done: 60, succeeded: 60, failed: 0, total: 60 });
    expect(await enabledCount()).toBe(30);
    // 25 rps with a burst of one: 60 calls need at least 59 / 25 s.
    expect(seconds).toBeGreaterThanOrEqual(59 / 25 - 0.05);
    const events = payloads(env.events, 'jobs:progress').filter((p) => p.jobId === disabled.jobId);
    expect(events[events.length - 1]).toMatchObject({ state: 'succeeded', done: 60 });
    expect(events.length).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 2);

    expect(await run({ action: 'enable', usernames: names.slice(0, 60) })).toMatchObject({
      state: 'succeeded',
      succeeded: 60,
    });
    expect(await enabledCount()).toBe(90);
  });

  it('adds everyone matching a server filter to a group, and reports a missing user as a failure with its reason', async () => {
    await idp.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'bulk-group' }));
    const byFilter = await run({
      action: 'add-to-group',
      groupName: 'bulk-group',
      filter: { attribute: 'email', operator: '^=', value: 'user-00' },
    });
    expect(byFilter).toMatchObject({ state: 'succeeded', succeeded: 10, total: 10 });
    const members = await idp.send(
      new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: 'bulk-group', Limit: 60 }),
    );
    expect((members.Users ?? []).map((u) => u.Username).sort()).toEqual(names.slice(0, 10));

    const withMissing = await run({
      action: 'remove-from-group',
      groupName: 'bulk-group',
      usernames: ['user-000', 'ghost-1'],
    });
    expect(withMissing).toMatchObject({ state: 'failed', succeeded: 1, failed: 1 });
    expect(withMissing.failures).toEqual([
      { item: 'ghost-1', code: 'NOT_FOUND', reason: expect.any(String) as unknown },
    ]);
    const csv = Papa.parse<string[]>(readFileSync(withMissing.failureFile ?? '', 'utf8').trim()).data;
    expect(csv[1]?.slice(0, 2)).toEqual(['ghost-1', 'NOT_FOUND']);

    // Retry of a bulk job writes: refused on a read-only profile, even though its request names no profile.
    await env.core.dispatch('settings:set-read-only', { profile: 'users-test', readOnly: true }, env.ctx);
    const refused = await env.core.dispatch('jobs:retry-failures', { jobId: withMissing.jobId }, env.ctx);
    await env.core.dispatch('settings:set-read-only', { profile: 'users-test', readOnly: false }, env.ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const retried = await env.core.dispatch('jobs:retry-failures', { jobId: withMissing.jobId }, env.ctx);
    expect(retried).toMatchObject({ ok: true });
    const detail = await waitFor((retried as { value: { jobId: string } }).value.jobId);
    expect(detail).toMatchObject({ total: 1, failed: 1, retryOf: withMissing.jobId });
    const listed = await env.core.dispatch('jobs:list', {}, env.ctx);
    expect(listed.ok && (listed.value as { jobId: string }[]).map((j) => j.jobId)).toContain(detail.jobId);
  });

  it('cancels a running job; retrying its failures completes the set', async () => {
    const started = await env.core.dispatch(
      'jobs:start-bulk',
      { ...pool, action: 'disable', usernames: names },
      env.ctx,
    );
    const jobId = (started as { value: { jobId: string } }).value.jobId;
    await new Promise((r) => setTimeout(r, 600));
    expect(await env.core.dispatch('jobs:cancel', { jobId }, env.ctx)).toEqual({ ok: true, value: null });
    const cancelled = await waitFor(jobId);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.succeeded).toBeGreaterThan(0);
    expect(cancelled.succeeded + cancelled.failed).toBe(90);
    const retried = await env.core.dispatch('jobs:retry-failures', { jobId }, env.ctx);
    const detail = await waitFor((retried as { value: { jobId: string } }).value.jobId);
    expect(detail).toMatchObject({ state: 'succeeded', succeeded: cancelled.failed });
    expect(await enabledCount()).toBe(0);
  });
});
