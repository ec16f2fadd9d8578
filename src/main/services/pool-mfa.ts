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
import type { ConfigChange } from '../../shared/model/pool-config';
import type { PoolMfa } from '../../shared/model/pool-mfa';
import { MFA_LABELS } from '../../shared/model/pool-mfa';

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

export async function getPoolMfa(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<PoolMfa> {
  return toMfa(await getRaw(idp, userPoolId));
}

/**
 * Read-modify-write for SetUserPoolMfaConfig: it too resets what it is not sent, so the current factors are read,
 * the edit merged, and every factor sent. SMS reuses the pool's SMS role and MFA message.
 */
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
  const request: SetUserPoolMfaConfigCommandInput = {
    UserPoolId: userPoolId,
    MfaConfiguration: next.MfaConfiguration,
    SoftwareTokenMfaConfiguration: { Enabled: next.Totp },
  };
  if (next.Sms && raw.SmsMfaConfiguration?.SmsConfiguration) {
    // Already on: send back exactly what is set (message and role).
    request.SmsMfaConfiguration = raw.SmsMfaConfiguration;
  } else if (next.Sms) {
    const { UserPool: pool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
    if (!pool?.SmsConfiguration?.SnsCallerArn) {
      throw new AppError('VALIDATION', 'SMS codes need the pool to have an SMS role (SmsConfiguration) first.');
    }
    request.SmsMfaConfiguration = {
      SmsConfiguration: pool.SmsConfiguration,
      ...(pool.SmsAuthenticationMessage ? { SmsAuthenticationMessage: pool.SmsAuthenticationMessage } : {}),
    };
  }
  if (next.Email)
    request.EmailMfaConfiguration = { Subject: 'Your sign-in code', Message: 'Your sign-in code is {####}' };
  await idp.send(new SetUserPoolMfaConfigCommand(request));
  const mfa = await getPoolMfa(idp, userPoolId);
  const changes = (Object.keys(MFA_LABELS) as (keyof PoolMfa)[])
    .filter((k) => before[k] !== mfa[k])
    .map((k) => ({ path: k, label: MFA_LABELS[k], before: before[k], after: mfa[k] }));
  return { changes, mfa };
}
