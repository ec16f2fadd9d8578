import type { GetUserPoolMfaConfigResponse } from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoIdentityProviderClient,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { getPasskeys, setPasskeys, setPoolMfa } from '../../../../src/main/services/pool-mfa';
import { AppError } from '../../../../src/shared/ipc/errors';
import { passkeySettingsSchema } from '../../../../src/shared/model/pool-mfa';

// moto keeps no WebAuthnConfiguration: the real behaviour is driven by a mock shaped like GetUserPoolMfaConfig's
// response in the API reference, which stores what SetUserPoolMfaConfig sends.
const POOL = 'eu-west-1_AbC123xyz';
const CURRENT: GetUserPoolMfaConfigResponse = {
  MfaConfiguration: 'OPTIONAL',
  SoftwareTokenMfaConfiguration: { Enabled: true },
  SmsMfaConfiguration: {
    SmsAuthenticationMessage: 'Your code is {####}',
    SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sms', ExternalId: 'ext', SnsRegion: 'eu-west-1' },
  },
  EmailMfaConfiguration: { Subject: 'Sign-in code', Message: 'Hello, your code is {####}' },
  WebAuthnConfiguration: {
    RelyingPartyId: 'old.example.com',
    UserVerification: 'preferred',
    FactorConfiguration: 'MULTI_FACTOR_WITH_USER_VERIFICATION',
  },
};

function fakeCognito(initial: GetUserPoolMfaConfigResponse) {
  const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
  const mock = mockClient(idp);
  let stored = initial;
  mock.on(GetUserPoolMfaConfigCommand).callsFake(() => stored);
  mock.on(SetUserPoolMfaConfigCommand).callsFake((input: GetUserPoolMfaConfigResponse & { UserPoolId: string }) => {
    const { UserPoolId: _id, ...config } = input;
    stored = config;
    return stored;
  });
  return { idp, mock };
}

describe('passkey settings', () => {
  it('changes only WebAuthnConfiguration: every factor, message and FactorConfiguration is sent back as read', async () => {
    const { idp, mock } = fakeCognito(CURRENT);
    const loaded = await getPasskeys(idp, POOL);
    expect(loaded).toEqual({ relyingPartyId: 'old.example.com', userVerification: 'preferred' });
    const result = await setPasskeys(
      idp,
      POOL,
      { relyingPartyId: 'auth.example.com', userVerification: 'required' },
      loaded,
    );
    expect(mock.commandCalls(SetUserPoolMfaConfigCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ...CURRENT,
      WebAuthnConfiguration: {
        RelyingPartyId: 'auth.example.com',
        UserVerification: 'required',
        FactorConfiguration: 'MULTI_FACTOR_WITH_USER_VERIFICATION',
      },
    });
    expect(result.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Passkey relying party id', 'old.example.com', 'auth.example.com'],
      ['Passkey user verification', 'preferred', 'required'],
    ]);
  });

  it('refuses with CONFLICT when the settings moved since they were loaded', async () => {
    const { idp, mock } = fakeCognito(CURRENT);
    const error = await setPasskeys(
      idp,
      POOL,
      { userVerification: 'required' },
      { userVerification: 'required' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect(mock.commandCalls(SetUserPoolMfaConfigCommand)).toHaveLength(0);
  });

  it('a factor edit keeps the passkey settings and the custom email MFA message', async () => {
    const { idp, mock } = fakeCognito(CURRENT);
    await setPoolMfa(idp, POOL, { Totp: false });
    const sent = mock.commandCalls(SetUserPoolMfaConfigCommand)[0]?.args[0].input;
    expect(sent?.WebAuthnConfiguration).toEqual(CURRENT.WebAuthnConfiguration);
    expect(sent?.EmailMfaConfiguration).toEqual(CURRENT.EmailMfaConfiguration);
    expect(sent?.SoftwareTokenMfaConfiguration).toEqual({ Enabled: false });
  });

  it('accepts a host name as relying party id and explains what else is wrong', () => {
    const message = (v: unknown) => passkeySettingsSchema.safeParse({ relyingPartyId: v }).error?.issues[0]?.message;
    expect(message('auth.example.com')).toBeUndefined();
    expect(message('myapp.auth.eu-west-1.amazoncognito.com')).toBeUndefined();
    expect(message('https://auth.example.com')).toBe('Enter the host name only, without https://');
    expect(message('auth.example.com/login')).toBe('Enter the host name only, without a port or path');
    expect(message('Auth.Example.com')).toMatch(/^Enter a host name in lowercase/);
    expect(message('localhost')).toMatch(/^Enter a host name in lowercase/);
    expect(message('-bad.example.com')).toMatch(/^Enter a host name in lowercase/);
  });
});
