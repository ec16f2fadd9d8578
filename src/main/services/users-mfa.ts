import type {
  AdminGetUserCommandOutput,
  AdminSetUserMFAPreferenceCommandInput,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { AdminGetUserCommand, AdminSetUserMFAPreferenceCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { WireError } from '../../shared/ipc/errors';
import type { UserMfa, UserMfaEdit } from '../../shared/model/users';
import { toWireError } from '../ipc/to-wire-error';
import type { Throttle } from '../jobs/limits';
import { unthrottled } from '../jobs/limits';
import { mapLimit } from './map-limit';

type Idp = CognitoIdentityProviderClient;

/** AdminGetUser's MFA part; an empty PreferredMfaSetting (moto sends "") means none. */
export function mfaOf(user: Pick<AdminGetUserCommandOutput, 'PreferredMfaSetting' | 'UserMFASettingList'>): UserMfa {
  return {
    ...(user.PreferredMfaSetting ? { preferred: user.PreferredMfaSetting } : {}),
    enabled: user.UserMFASettingList ?? [],
  };
}

export async function getUserMfa(idp: Idp, userPoolId: string, username: string): Promise<UserMfa> {
  return mfaOf(await idp.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username })));
}

export type MfaReading = { username: string; mfa: UserMfa } | { username: string; error: WireError };

/**
 * The MFA settings of several users. ListUsers does not carry them, so this costs one AdminGetUser (UserRead
 * quota, 120 rps by default) per user: the caller asks for it explicitly, and it goes through the shared limiter.
 * A user that fails (deleted meanwhile) fails alone.
 */
export async function readUsersMfa(
  idp: Idp,
  userPoolId: string,
  usernames: readonly string[],
  throttle: Throttle = unthrottled,
): Promise<MfaReading[]> {
  return mapLimit(usernames, 8, async (username): Promise<MfaReading> => {
    try {
      await throttle('UserRead');
      return { username, mfa: await getUserMfa(idp, userPoolId, username) };
    } catch (cause) {
      return { username, error: toWireError(cause) };
    }
  });
}

const toSettings = (f: { enabled: boolean; preferred: boolean }) => ({ Enabled: f.enabled, PreferredMfa: f.preferred });

/**
 * AdminSetUserMFAPreference with only the factors in the edit (Cognito leaves the others as they are), then reads
 * the result back. Enabling TOTP needs an authenticator the user already registered: Cognito refuses it otherwise.
 */
export async function setUserMfa(idp: Idp, userPoolId: string, username: string, edit: UserMfaEdit): Promise<UserMfa> {
  const input: AdminSetUserMFAPreferenceCommandInput = { UserPoolId: userPoolId, Username: username };
  if (edit.sms) input.SMSMfaSettings = toSettings(edit.sms);
  if (edit.totp) input.SoftwareTokenMfaSettings = toSettings(edit.totp);
  if (edit.email) input.EmailMfaSettings = toSettings(edit.email);
  await idp.send(new AdminSetUserMFAPreferenceCommand(input));
  return getUserMfa(idp, userPoolId, username);
}
