import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { getPoolMfa, setPoolMfa } from '../../src/main/services/pool-mfa';
import type { AppError } from '../../src/shared/ipc/errors';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'af-south-1';
const SMS_ROLE = 'arn:aws:iam::123456789012:role/cognito-sms';

describe('MFA factors against moto', () => {
  const idp = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: inject('motoEndpoint'),
    credentials: { accessKeyId: 'AKIAPOOLMFATEST00001', secretAccessKey: 'pool-mfa-test' },
  });
  afterAll(() => idp.destroy());
  const create = async () => {
    const { UserPool } = await idp.send(
      new CreateUserPoolCommand({
        PoolName: `mfa-${Date.now()}`,
        SmsConfiguration: { SnsCallerArn: SMS_ROLE, ExternalId: 'ext' },
        SmsAuthenticationMessage: 'Code {####}',
      }),
    );
    return UserPool?.Id ?? '';
  };

  it('turns on authenticator apps with optional MFA, then adds SMS without losing TOTP', async () => {
    const poolId = await create();
    expect(await getPoolMfa(idp, poolId)).toEqual({ MfaConfiguration: 'OFF', Totp: false, Sms: false, Email: false });
    const first = await setPoolMfa(idp, poolId, { MfaConfiguration: 'OPTIONAL', Totp: true });
    expect(first.changes.map((c) => c.label)).toEqual(['Multi-factor authentication', 'Authenticator apps (TOTP)']);
    const second = await setPoolMfa(idp, poolId, { Sms: true });
    expect(second.changes).toEqual([{ path: 'Sms', label: 'SMS codes', before: false, after: true }]);
    expect(second.mfa).toEqual({ MfaConfiguration: 'OPTIONAL', Totp: true, Sms: true, Email: false });
  });

  it('refuses MFA without a factor, and shows why a raw SetUserPoolMfaConfig would drop one', async () => {
    const poolId = await create();
    const none = await setPoolMfa(idp, poolId, { MfaConfiguration: 'ON' }).catch((e: unknown) => e as AppError);
    expect(none).toMatchObject({ code: 'VALIDATION' });
    await setPoolMfa(idp, poolId, { MfaConfiguration: 'OPTIONAL', Totp: true, Sms: true });
    // A raw call that names only TOTP leaves SMS unset: the reason setPoolMfa always sends every factor.
    await idp.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: poolId,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    expect((await getPoolMfa(idp, poolId)).Sms).toBe(false);
  });
});
