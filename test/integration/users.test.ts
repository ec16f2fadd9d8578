import { randomUUID } from 'node:crypto';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { UserPage } from '../../src/shared/model/users';
import { createTestPool, payloads, seedUsers, testIdp, usersCore } from './users-fixture';

// Its own region keeps these pools apart from other files' pools in the shared emulator (never reset here).
const REGION = 'eu-north-1';
const ref = { profile: 'users-test', region: REGION };

describe('users and groups channels against moto', () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let env: ReturnType<typeof usersCore>;
  let userPoolId: string;
  let pool: typeof ref & { userPoolId: string };

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    userPoolId = await createTestPool(idp, `users-${randomUUID().slice(0, 8)}`);
    pool = { ...ref, userPoolId };
    await seedUsers(idp, userPoolId, 130);
    env = usersCore(endpoint, REGION);
  });
  afterAll(async () => {
    await env.dispose();
    idp.destroy();
  });

  async function load(filter?: object): Promise<UserPage[]> {
    const started = await env.core.dispatch('users:load', { ...pool, ...(filter ? { filter } : {}) }, env.ctx);
    if (!started.ok) throw new Error(JSON.stringify(started.error));
    const { loadId } = started.value as { loadId: string };
    for (let i = 0; i < 200; i++) {
      const pages = payloads(env.events, 'users:page').filter((p) => p.loadId === loadId);
      if (pages.some((p) => p.done)) return pages;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the load never finished');
  }

  it('streams every page of ListUsers (Limit 60) as users:page events, the last one done', async () => {
    const pages = await load();
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(130);
    expect(new Set(rows.map((r) => r.username)).size).toBe(130);
    const last = pages[pages.length - 1];
    expect(last).toMatchObject({ done: true, loaded: 130 });
    expect(last?.error).toBeUndefined();
    expect(pages[0]?.estimated).toBe(130);
    expect(rows.find((r) => r.username === 'user-001')).toMatchObject({
      status: 'FORCE_CHANGE_PASSWORD',
      enabled: true,
      attributes: { email: 'user-001@example.com', 'custom:dept': 'sales' },
      sub: expect.any(String) as unknown,
    });
  });

  it('searches with the API filter (prefix), quotes in the value escaped', async () => {
    const rows = (await load({ attribute: 'email', operator: '^=', value: 'user-01' })).flatMap((p) => p.rows);
    expect(rows.map((r) => r.username).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `user-01${i}`));
    const none = await load({ attribute: 'email', operator: '=', value: 'a"b\\c' });
    expect(none.flatMap((p) => p.rows)).toEqual([]);
  });

  it('runs the whole lifecycle of one user', async () => {
    const user = { ...pool, username: 'life-1' };
    const call = async (channel: Parameters<typeof env.core.dispatch>[0], req: object) => {
      const result = await env.core.dispatch(channel, req, env.ctx);
      if (!result.ok) throw new Error(`${String(channel)}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    expect(
      await call('users:create', {
        ...user,
        attributes: { email: 'life@example.com', email_verified: 'true', 'custom:dept': 'ops' },
        temporaryPassword: 'Temp-Passw0rd!',
        messageAction: 'SUPPRESS',
      }),
    ).toMatchObject({ username: 'life-1', status: 'FORCE_CHANGE_PASSWORD', enabled: true });

    expect(
      await call('users:update-attributes', {
        ...user,
        attributes: { name: 'Life One' },
        deleteAttributes: ['custom:dept'],
      }),
    ).toMatchObject({ attributes: { name: 'Life One', email: 'life@example.com' } });

    await call('users:action', { ...user, action: 'disable' });
    expect((await idp.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: 'life-1' }))).Enabled).toBe(
      false,
    );
    await call('users:action', { ...user, action: 'enable' });
    await call('users:set-password', { ...user, password: 'Perm-Passw0rd!', permanent: true });

    await call('groups:create', { ...pool, groupName: 'life-admins', description: 'admins', precedence: 3 });
    await call('users:add-to-group', { ...user, groupName: 'life-admins' });
    await call('users:action', { ...user, action: 'global-sign-out' });
    await call('users:action', { ...user, action: 'reset-password' });

    const detail = await env.core.dispatch('users:get', user, env.ctx);
    expect(detail).toMatchObject({
      ok: true,
      value: {
        username: 'life-1',
        enabled: true,
        attributes: { name: 'Life One' },
        groups: { ok: true, value: [{ name: 'life-admins', description: 'admins', precedence: 3 }] },
      },
    });
    // moto may lack devices or auth events: that part fails alone, the rest of the detail is there.
    if (detail.ok) {
      const value = detail.value as { devices: { ok: boolean; error?: { code: string } } };
      if (!value.devices.ok) expect(['UNSUPPORTED', 'VALIDATION', 'INTERNAL']).toContain(value.devices.error?.code);
      expect((detail.value as { attributes: Record<string, string> }).attributes['custom:dept']).toBeUndefined();
    }

    await call('users:remove-from-group', { ...user, groupName: 'life-admins' });
    expect(await call('groups:members', { ...pool, groupName: 'life-admins' })).toEqual([]);
    await call('users:action', { ...user, action: 'delete' });
    expect(await env.core.dispatch('users:get', user, env.ctx)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('creates, edits (keeping what the edit does not name), lists and deletes groups; members on every page', async () => {
    const call = async (channel: Parameters<typeof env.core.dispatch>[0], req: object) => {
      const result = await env.core.dispatch(channel, req, env.ctx);
      if (!result.ok) throw new Error(`${String(channel)}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    const roleArn = 'arn:aws:iam::123456789012:role/Editors';
    await call('groups:create', { ...pool, groupName: 'editors', description: 'Edit things', precedence: 5, roleArn });
    // Only the description changes; precedence and role survive UpdateGroup's reset-what-is-omitted.
    expect(await call('groups:update', { ...pool, groupName: 'editors', description: 'Edit more' })).toMatchObject({
      name: 'editors',
      description: 'Edit more',
      precedence: 5,
      roleArn,
    });
    // Emulator workaround: moto keeps an omitted field where Cognito resets it, so a cleared role shows only on AWS.
    expect(await call('groups:update', { ...pool, groupName: 'editors', roleArn: null })).toMatchObject({
      description: 'Edit more',
      precedence: 5,
    });
    for (const name of ['user-000', 'user-001', 'user-002']) {
      await call('users:add-to-group', { ...pool, username: name, groupName: 'editors' });
    }
    const groups = (await call('groups:list', pool)) as { name: string }[];
    expect(groups.map((g) => g.name)).toContain('editors');
    const members = (await call('groups:members', { ...pool, groupName: 'editors' })) as { username: string }[];
    expect(members.map((m) => m.username).sort()).toEqual(['user-000', 'user-001', 'user-002']);
    await call('groups:delete', { ...pool, groupName: 'editors' });
    expect(await env.core.dispatch('groups:members', { ...pool, groupName: 'editors' }, env.ctx)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses every write on a read-only profile before any AWS call', async () => {
    await env.core.dispatch('settings:set-read-only', { profile: 'users-test', readOnly: true }, env.ctx);
    try {
      expect(
        await env.core.dispatch('users:action', { ...pool, username: 'user-000', action: 'delete' }, env.ctx),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await env.core.dispatch('settings:set-read-only', { profile: 'users-test', readOnly: false }, env.ctx);
    }
    expect((await idp.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: 'user-000' }))).Username).toBe(
      'user-000',
    );
  });
});
