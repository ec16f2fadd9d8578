import type {
  CognitoIdentityProviderClient,
  SetUserPoolMfaConfigCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import { diffFlat } from '../../shared/model/flat-diff';
import type { ConfigChange } from '../../shared/model/pool-config';
import type { PasskeySettings, PoolMfa } from '../../shared/model/pool-mfa';
import { MFA_LABELS, PASSKEY_LABELS } from '../../shared/model/pool-mfa';

type MfaResponse = Awaited<ReturnType<typeof getRaw>>;
const getRaw = (idp: CognitoIdentityProviderClient, userPoolId: string) =>
  idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: userPoolId }));

function toMfa(r: MfaResponse): PoolMfa {
  return {
    MfaConfiguration: r.MfaConfiguration ?? 'OFF',
    Totp: r.SoftwareTokenMfaConfiguration?.Enabled === true,
    Sms: Boolean(r.SmsMfaConfiguration?.SmsConfiguration?.SnsCallerArn),
    Email: Boolean(r.EmailMfaConfiguration?.Message ?? r.EmailMfaConfiguration?.Subject),
  };
}

function toPasskeys(r: MfaResponse): PasskeySettings {
  const w = r.WebAuthnConfiguration;
  return {
    ...(w?.RelyingPartyId ? { relyingPartyId: w.RelyingPartyId } : {}),
    ...(w?.UserVerification ? { userVerification: w.UserVerification } : {}),
  };
}

/**
 * SetUserPoolMfaConfig resets whatever it is not sent, so every save starts from the current configuration sent
 * back exactly as read: factors, their messages and roles, and the passkey settings.
 */
function unchangedRequest(userPoolId: string, raw: MfaResponse): SetUserPoolMfaConfigCommandInput {
  return {
    UserPoolId: userPoolId,
    MfaConfiguration: raw.MfaConfiguration ?? 'OFF',
    SoftwareTokenMfaConfiguration: { Enabled: raw.SoftwareTokenMfaConfiguration?.Enabled === true },
    ...(raw.SmsMfaConfiguration?.SmsConfiguration ? { SmsMfaConfiguration: raw.SmsMfaConfiguration } : {}),
    ...(raw.EmailMfaConfiguration ? { EmailMfaConfiguration: raw.EmailMfaConfiguration } : {}),
    ...(raw.WebAuthnConfiguration ? { WebAuthnConfiguration: raw.WebAuthnConfiguration } : {}),
  };
}

export async function getPoolMfa(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<PoolMfa> {
  return toMfa(await getRaw(idp, userPoolId));
}

/** Read-modify-write of the second factors. SMS reuses the pool's SMS role and MFA message. */
export async function setPoolMfa(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  edit: Partial<PoolMfa>,
): Promise<{ changes: ConfigChange[]; mfa: PoolMfa }> {
  const raw = await getRaw(idp, userPoolId);
  const before = toMfa(raw);
  const next: PoolMfa = { ...before, ...edit };
  if (next.MfaConfiguration !== 'OFF' && !next.Totp && !next.Sms && !next.Email) {
    throw new AppError(
      'VALIDATION',
      'Optional or required MFA needs at least one factor: turn on authenticator apps, SMS or email.',
    );
  }
  const request = unchangedRequest(userPoolId, raw);
  request.MfaConfiguration = next.MfaConfiguration;
  request.SoftwareTokenMfaConfiguration = { Enabled: next.Totp };
  if (!next.Sms) delete request.SmsMfaConfiguration;
  else if (!request.SmsMfaConfiguration) {
    const { UserPool: pool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
    if (!pool?.SmsConfiguration?.SnsCallerArn) {
      throw new AppError('VALIDATION', 'SMS codes need the pool to have an SMS role (SmsConfiguration) first.');
    }
    request.SmsMfaConfiguration = {
      SmsConfiguration: pool.SmsConfiguration,
      ...(pool.SmsAuthenticationMessage ? { SmsAuthenticationMessage: pool.SmsAuthenticationMessage } : {}),
    };
  }
  if (!next.Email) delete request.EmailMfaConfiguration;
  else request.EmailMfaConfiguration ??= { Subject: 'Your sign-in code', Message: 'Your sign-in code is {####}' };
  await idp.send(new SetUserPoolMfaConfigCommand(request));
  const mfa = await getPoolMfa(idp, userPoolId);
  const changes = (Object.keys(MFA_LABELS) as (keyof PoolMfa)[])
    .filter((k) => before[k] !== mfa[k])
    .map((k) => ({ path: k, label: MFA_LABELS[k], before: before[k], after: mfa[k] }));
  return { changes, mfa };
}

export async function getPasskeys(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<PasskeySettings> {
  return toPasskeys(await getRaw(idp, userPoolId));
}

/**
 * Read-modify-write of the passkey settings (SetUserPoolMfaConfig's WebAuthnConfiguration; FactorConfiguration is
 * kept). An endpoint that accepts the call but does not keep the settings (moto) is reported as UNSUPPORTED, by
 * reading them back, rather than as a save that silently did nothing.
 */
export async function setPasskeys(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  desired: PasskeySettings,
  expected: PasskeySettings | undefined,
): Promise<{ changes: ConfigChange[]; passkeys: PasskeySettings }> {
  const raw = await getRaw(idp, userPoolId);
  const before = toPasskeys(raw);
  if (expected && diffFlat(before, expected, PASSKEY_LABELS).length > 0) {
    throw new AppError('CONFLICT', 'The passkey settings were changed elsewhere since they were loaded.');
  }
  const request = unchangedRequest(userPoolId, raw);
  const { RelyingPartyId: _rp, UserVerification: _uv, ...kept } = raw.WebAuthnConfiguration ?? {};
  const webAuthn = {
    ...kept,
    ...(desired.relyingPartyId ? { RelyingPartyId: desired.relyingPartyId } : {}),
    ...(desired.userVerification ? { UserVerification: desired.userVerification } : {}),
  };
  if (Object.keys(webAuthn).length > 0) request.WebAuthnConfiguration = webAuthn;
  else delete request.WebAuthnConfiguration;
  await idp.send(new SetUserPoolMfaConfigCommand(request));
  const passkeys = await getPasskeys(idp, userPoolId);
  const lost = (Object.keys(desired) as (keyof PasskeySettings)[]).filter(
    (k) => desired[k] !== undefined && passkeys[k] !== desired[k],
  );
  if (lost.length > 0) {
    throw new AppError(
      'UNSUPPORTED',
      'This endpoint does not implement passkey settings: SetUserPoolMfaConfig was accepted, but GetUserPoolMfaConfig does not return the WebAuthnConfiguration sent.',
      { operation: 'SetUserPoolMfaConfig' },
    );
  }
  return { changes: diffFlat(before, passkeys, PASSKEY_LABELS), passkeys };
}
