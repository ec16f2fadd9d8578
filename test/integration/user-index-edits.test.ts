import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AdminDeleteUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexPath } from '../../src/main/services/user-index';
import type { JobDetail } from '../../src/shared/model/jobs';
import type { IndexStatusView } from '../../src/shared/model/user-index';
import type { UserRow } from '../../src/shared/model/users';
import { coreCalls, createTestPool, seedUsers, testIdp, usersCore } from './users-fixture';

const REGION = 'ap-southeast-4';
/** Hostile values for the edits: newline, carriage return, U+2028, quotes and commas, a formula, emoji, RTL. */
const NOTE = 'ﻣﺮﺣﺒﺎ "q", =1+1\nline\rcr\u2028sep 🎉';

describe("the console's own changes reach the pool's local index (moto, through the core)", () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let env: ReturnType<typeof usersCore>;
  let pool: { profile: string; region: string; userPoolId: string };

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    pool = {
      profile: 'users-test',
      region: REGION,
      userPoolId: await createTestPool(idp, `edits-${randomUUID().slice(0, 8)}`),
    };
    await seedUsers(idp, pool.userPoolId, 12);
    env = usersCore(endpoint, REGION);
  });
  afterAll(async () => {
    await env.dispose();
    idp.destroy();
  });

  const call = <T>(channel: string, request: object): Promise<T> => coreCalls(env).call<T>(channel, request);
  const jobEnd = (jobId: string): Promise<JobDetail> => coreCalls(env).jobEnd(jobId);
  const indexed = async (query: object): Promise<UserRow[]> =>
    (await call<{ rows: UserRow[] }>('userIndex:query', { ...pool, query: { limit: 100, ...query } })).rows;
  const row = async (username: string): Promise<UserRow | undefined> =>
    (await indexed({ filters: [{ field: 'username', op: 'equals', value: username }] }))[0];

  it('writes single-user edits, bulk results and users found gone, with no sync in between', async () => {
    await jobEnd((await call<{ jobId: string }>('userIndex:sync', pool)).jobId);
    expect((await call<IndexStatusView>('userIndex:status', pool)).users).toBe(12);

    // An attribute edit: the index holds Cognito's answer, and searching a fragment of the new value finds it.
    await call('users:update-attributes', { ...pool, username: 'user-001', attributes: { 'custom:dept': NOTE } });
    expect((await row('user-001'))?.attributes['custom:dept']).toBe(NOTE);
    expect((await indexed({ search: 'sep 🎉' })).map((r) => r.username)).toEqual(['user-001']);
    expect((await indexed({ search: 'ﻣﺮﺣﺒﺎ "q"' })).map((r) => r.username)).toEqual(['user-001']);

    await call('users:action', { ...pool, username: 'user-002', action: 'disable' });
    expect((await row('user-002'))?.enabled).toBe(false);
    await call('users:action', { ...pool, username: 'user-003', action: 'delete' });
    expect(await row('user-003')).toBeUndefined();
    const created = await call<UserRow>('users:create', {
      ...pool,
      username: 'new-Ünïcode',
      attributes: { email: 'new@example.com', 'custom:dept': 'a,b\r\nc' },
      messageAction: 'SUPPRESS',
    });
    expect(await row('new-Ünïcode')).toMatchObject({ sub: created.sub, attributes: { 'custom:dept': 'a,b\r\nc' } });
    await call('users:set-password', { ...pool, username: 'user-004', password: 'Passw0rd!long', permanent: true });
    expect((await row('user-004'))?.status).toBe('CONFIRMED');

    // Deleted outside the console: reading the user says so, and the index forgets it.
    await idp.send(new AdminDeleteUserCommand({ UserPoolId: pool.userPoolId, Username: 'user-005' }));
    const gone = await env.core.dispatch('users:get', { ...pool, username: 'user-005' }, env.ctx);
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await row('user-005')).toBeUndefined();
    expect((await call<IndexStatusView>('userIndex:status', pool)).users).toBe(11);

    // Bulk on "all matching": set an attribute on every user-01x, then delete two of them by name.
    const bulk = await call<{ jobId: string }>('jobs:start-bulk', {
      ...pool,
      action: 'set-attribute',
      attributeName: 'custom:dept',
      attributeValue: NOTE,
      indexSelection: { search: 'user-01' },
    });
    expect(await jobEnd(bulk.jobId)).toMatchObject({ state: 'succeeded', done: 2, failed: 0 });
    const withNote = await indexed({ filters: [{ field: 'custom:dept', op: 'equals', value: NOTE }] });
    expect(withNote.map((r) => r.username).sort()).toEqual(['user-001', 'user-010', 'user-011']);
    const deleted = await call<{ jobId: string }>('jobs:start-bulk', {
      ...pool,
      action: 'delete',
      usernames: ['user-010', 'user-006'],
    });
    expect(await jobEnd(deleted.jobId)).toMatchObject({ state: 'succeeded', done: 2 });
    expect((await indexed({ sort: { field: 'username', direction: 'asc' } })).map((r) => r.username)).toEqual([
      'new-Ünïcode',
      'user-000',
      'user-001',
      'user-002',
      'user-004',
      'user-007',
      'user-008',
      'user-009',
      'user-011',
    ]);

    // A full sync agrees with what the edits left: the same users, the same values.
    const before = await indexed({ sort: { field: 'username', direction: 'asc' } });
    await jobEnd((await call<{ jobId: string }>('userIndex:sync', pool)).jobId);
    const after = await indexed({ sort: { field: 'username', direction: 'asc' } });
    const shape = (rows: UserRow[]) => rows.map((r) => [r.username, r.enabled, r.status, r.attributes]);
    expect(shape(after)).toEqual(shape(before));
  });

  it('creates no index for a pool that has none', async () => {
    const other = { ...pool, userPoolId: await createTestPool(idp, `no-index-${randomUUID().slice(0, 8)}`) };
    await seedUsers(idp, other.userPoolId, 2);
    await call('users:action', { ...other, username: 'user-000', action: 'disable' });
    await call('users:update-attributes', { ...other, username: 'user-001', attributes: { 'custom:dept': 'x' } });
    expect(existsSync(indexPath(path.join(env.dir, 'data'), other))).toBe(false);
  });
});
