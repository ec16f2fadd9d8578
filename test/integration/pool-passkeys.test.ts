import { CognitoIdentityProviderClient, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { getPasskeys, getPoolMfa, setPasskeys, setPoolMfa } from '../../src/main/services/pool-mfa';
import type { AppError } from '../../src/shared/ipc/errors';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'il-central-1';

describe('passkey settings against moto', () => {
  const idp = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: inject('motoEndpoint'),
    credentials: { accessKeyId: 'AKIAPOOLPASSKEYTEST1', secretAccessKey: 'pool-passkeys-test' },
  });
  afterAll(() => idp.destroy());

  it('reports UNSUPPORTED when the endpoint accepts SetUserPoolMfaConfig but drops WebAuthnConfiguration, factors kept', async () => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: `passkeys-${Date.now()}` }));
    const poolId = UserPool?.Id ?? '';
    await setPoolMfa(idp, poolId, { MfaConfiguration: 'OPTIONAL', Totp: true });
    // moto 5 stores no WebAuthnConfiguration: nothing to show, and a save is reported, not silently lost.
    expect(await getPasskeys(idp, poolId)).toEqual({});
    const error = await setPasskeys(idp, poolId, { relyingPartyId: 'auth.example.com' }, {}).catch(
      (e: unknown) => e as AppError,
    );
    expect(error).toMatchObject({ code: 'UNSUPPORTED', details: { operation: 'SetUserPoolMfaConfig' } });
    expect(await getPoolMfa(idp, poolId)).toEqual({
      MfaConfiguration: 'OPTIONAL',
      Totp: true,
      Sms: false,
      Email: false,
    });
  });
});
