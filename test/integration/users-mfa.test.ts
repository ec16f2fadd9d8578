import { randomUUID } from 'node:crypto';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestPool, seedUsers, testIdp, usersCore } from './users-fixture';

// Its own region keeps these pools apart from other files' pools in the shared emulator (never reset here).
const REGION = 'us-west-1';
const ref = { profile: 'users-test', region: REGION };

describe('user MFA preference against moto', () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let env: ReturnType<typeof usersCore>;
  let pool: typeof ref & { userPoolId: string };

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    const userPoolId = await createTestPool(idp, `mfa-${randomUUID().slice(0, 8)}`);
    pool = { ...ref, userPoolId };
    await seedUsers(idp, userPoolId, 3, (i) => ({ email: `m${i}@example.com`, phone_number: `+1555000000${i}` }));
    env = usersCore(endpoint, REGION);
  });
  afterAll(async () => {
    await env.dispose();
    idp.destroy();
  });

  const dispatch = (channel: 'users:mfa' | 'users:set-mfa' | 'users:get', request: object) =>
    env.core.dispatch(channel, { ...pool, ...request }, env.ctx);

  it('reads MFA per user with AdminGetUser; a missing user fails alone', async () => {
    const read = await dispatch('users:mfa', { usernames: ['user-000', 'user-001', 'nobody-here'] });
    expect(read).toMatchObject({
      ok: true,
      value: [
        { username: 'user-000', mfa: { enabled: [] } },
        { username: 'user-001', mfa: { enabled: [] } },
        { username: 'nobody-here', error: { code: 'NOT_FOUND' } },
      ],
    });
    // moto answers PreferredMfaSetting "" for none: that is no preference, not a factor named "".
    const first = read.ok ? (read.value as { mfa?: { preferred?: string } }[])[0] : undefined;
    expect(first?.mfa && 'preferred' in first.mfa).toBe(false);
  });

  it('turns SMS on as the preferred factor, reads it back, and the detail and AdminGetUser agree', async () => {
    const set = await dispatch('users:set-mfa', {
      username: 'user-000',
      mfa: { sms: { enabled: true, preferred: true } },
    });
    expect(set).toEqual({ ok: true, value: { preferred: 'SMS_MFA', enabled: ['SMS_MFA'] } });
    const raw = await idp.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: 'user-000' }));
    expect(raw.PreferredMfaSetting).toBe('SMS_MFA');
    expect(raw.UserMFASettingList).toEqual(['SMS_MFA']);
    expect(await dispatch('users:get', { username: 'user-000' })).toMatchObject({
      ok: true,
      value: { mfa: { preferred: 'SMS_MFA', enabled: ['SMS_MFA'] } },
    });
    // The other users are untouched.
    expect(await dispatch('users:mfa', { usernames: ['user-001'] })).toMatchObject({
      ok: true,
      value: [{ username: 'user-001', mfa: { enabled: [] } }],
    });
  });

  it('refuses TOTP for a user without a registered authenticator (Cognito and moto both do)', async () => {
    const set = await dispatch('users:set-mfa', {
      username: 'user-001',
      mfa: { totp: { enabled: true, preferred: true } },
    });
    expect(set.ok).toBe(false);
    expect(set.ok ? undefined : set.error.code).toBe('VALIDATION');
  });

  it('turns SMS off again: no factor, no preference', async () => {
    const set = await dispatch('users:set-mfa', {
      username: 'user-000',
      mfa: { sms: { enabled: false, preferred: false } },
    });
    expect(set).toEqual({ ok: true, value: { enabled: [] } });
  });

  it('refuses a preferred factor that is not enabled before any AWS call', async () => {
    const set = await dispatch('users:set-mfa', {
      username: 'user-002',
      mfa: { sms: { enabled: false, preferred: true } },
    });
    expect(set).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
