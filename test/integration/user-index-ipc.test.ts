import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { JobDetail } from '../../src/shared/model/jobs';
import type { IndexStatusView } from '../../src/shared/model/user-index';
import type { UserRow } from '../../src/shared/model/users';
import { coreCalls, createTestPool, payloads, seedUsers, testIdp, usersCore } from './users-fixture';

const REGION = 'il-central-1';

describe('userIndex channels through the core (moto)', () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let env: ReturnType<typeof usersCore>;
  let pool: { profile: string; region: string; userPoolId: string };
  let poolName: string;

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    poolName = `index-ipc-${randomUUID().slice(0, 8)}`;
    pool = { profile: 'users-test', region: REGION, userPoolId: await createTestPool(idp, poolName) };
    await seedUsers(idp, pool.userPoolId, 40);
    env = usersCore(endpoint, REGION);
  });
  afterAll(async () => {
    await env.dispose();
    idp.destroy();
  });

  const call = <T>(channel: string, request: object): Promise<T> => coreCalls(env).call<T>(channel, request);
  const jobEnd = (jobId: string): Promise<JobDetail> => coreCalls(env).jobEnd(jobId);

  it('syncs on a read-only profile, reports the status, answers queries, and drops the index with its pool', async () => {
    expect(await call<IndexStatusView>('userIndex:status', pool)).toMatchObject({ users: 0, resumable: false });
    await call('settings:set-read-only', { profile: pool.profile, readOnly: true });
    await call('settings:update', { indexSyncShare: 0.25 });
    const { jobId } = await call<{ jobId: string }>('userIndex:sync', pool);
    // A second click while it runs is the same job, not a second scan.
    expect(await call<{ jobId: string }>('userIndex:sync', pool)).toEqual({ jobId });
    expect((await call<IndexStatusView>('userIndex:status', pool)).syncJobId).toBe(jobId);
    const detail = await jobEnd(jobId);
    expect(detail).toMatchObject({
      kind: 'index-sync',
      state: 'succeeded',
      done: 40,
      label: expect.stringContaining('25%') as unknown,
    });
    // jobs:get says succeeded as soon as the runner records it; the final event follows once the record is saved.
    await vi.waitFor(() =>
      expect(payloads(env.events, 'jobs:progress').some((p) => p.jobId === jobId && p.state === 'succeeded')).toBe(
        true,
      ),
    );
    const status = await call<IndexStatusView>('userIndex:status', pool);
    expect(status).toMatchObject({ users: 40, resumable: false });
    expect(status.syncJobId).toBeUndefined();
    expect(status.lastCompleteAt).toBeDefined();

    const page = await call<{ rows: UserRow[]; total: number }>('userIndex:query', {
      ...pool,
      query: {
        filters: [{ field: 'custom:dept', op: 'equals', value: 'sales' }],
        sort: { field: 'username', direction: 'desc' },
        limit: 5,
      },
    });
    expect(page.total).toBe(20);
    expect(page.rows.map((r) => r.username)).toEqual(['user-039', 'user-037', 'user-035', 'user-033', 'user-031']);
    const bad = await env.core.dispatch('userIndex:query', { ...pool, query: { limit: 5000 } }, env.ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const sales = { filters: [{ field: 'custom:dept', op: 'equals', value: 'sales' }] };
    expect(await call('userIndex:count', { ...pool, selection: sales })).toEqual({ total: 20 });
    expect(await call('userIndex:count', { ...pool, selection: { search: 'user-03' } })).toEqual({ total: 10 });

    await call('settings:set-read-only', { profile: pool.profile, readOnly: false });
    // "All matching" crosses IPC as the query; main names the users from the index when the job runs.
    const bulk = await call<{ jobId: string }>('jobs:start-bulk', {
      ...pool,
      action: 'disable',
      indexSelection: { ...sales, search: 'user-03' },
    });
    const ended = await jobEnd(bulk.jobId);
    expect(ended).toMatchObject({ state: 'succeeded', done: 5, total: 5, failed: 0 });
    expect(ended.label).toContain('matching the local index');
    for (const [name, enabled] of [
      ['user-031', false],
      ['user-039', false],
      ['user-030', true],
      ['user-021', true],
    ] as const) {
      const user = await idp.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: name }));
      expect([name, user.Enabled]).toEqual([name, enabled]);
    }
    // The same selection exported: the set comes from the index (in its worker), the values from Cognito.
    const exported = await call<{ jobId: string }>('jobs:start-export', {
      ...pool,
      format: 'csv',
      indexSelection: { ...sales, search: 'user-03' },
    });
    const file = (await jobEnd(exported.jobId)).resultFile ?? '';
    const names = readFileSync(file, 'utf8').match(/user-03\d/g) ?? [];
    expect([...new Set(names)].sort()).toEqual(['user-031', 'user-033', 'user-035', 'user-037', 'user-039']);
    const both = await env.core.dispatch(
      'jobs:start-bulk',
      { ...pool, action: 'enable', usernames: ['user-031'], indexSelection: sales },
      env.ctx,
    );
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    await call('userPools:delete', { ...pool, confirmName: poolName });
    expect(existsSync(status.file)).toBe(false);
  });
});
