import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { UserAction, UserRow } from '../../shared/model/users';
import type { QuotaCategory } from '../jobs/limits';
import { toUserRow } from './users';

type Idp = CognitoIdentityProviderClient;
const toList = (attributes: Record<string, string>) =>
  Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));

export interface CreateUserInput {
  username: string;
  attributes: Record<string, string>;
  temporaryPassword?: string;
  messageAction?: 'SUPPRESS' | 'RESEND';
  deliveryMediums?: ('EMAIL' | 'SMS')[];
}

export async function createUser(idp: Idp, userPoolId: string, input: CreateUserInput): Promise<UserRow> {
  const { User } = await idp.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: input.username,
      UserAttributes: toList(input.attributes),
      ...(input.temporaryPassword ? { TemporaryPassword: input.temporaryPassword } : {}),
      ...(input.messageAction ? { MessageAction: input.messageAction } : {}),
      ...(input.deliveryMediums?.length ? { DesiredDeliveryMediums: input.deliveryMediums } : {}),
    }),
  );
  return User ? toUserRow(User) : getUserRow(idp, userPoolId, input.username);
}

export async function getUserRow(idp: Idp, userPoolId: string, username: string): Promise<UserRow> {
  const user = await idp.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
  return toUserRow({ ...user, Attributes: user.UserAttributes });
}

/** Sets, then deletes; answers the row as it is afterwards. */
export async function updateAttributes(
  idp: Idp,
  userPoolId: string,
  username: string,
  set: Record<string, string>,
  remove: string[] = [],
): Promise<UserRow> {
  const key = { UserPoolId: userPoolId, Username: username };
  if (Object.keys(set).length > 0) {
    await idp.send(new AdminUpdateUserAttributesCommand({ ...key, UserAttributes: toList(set) }));
  }
  if (remove.length > 0) {
    await idp.send(new AdminDeleteUserAttributesCommand({ ...key, UserAttributeNames: remove }));
  }
  return getUserRow(idp, userPoolId, username);
}

/** The quota category each single-user action counts against (AWS-FACTS). */
export const ACTION_CATEGORY: Record<UserAction, QuotaCategory> = {
  enable: 'UserUpdate',
  disable: 'UserUpdate',
  'reset-password': 'UserAccountRecovery',
  'confirm-sign-up': 'UserUpdate',
  'global-sign-out': 'UserUpdate',
  'resend-invitation': 'UserCreation',
  delete: 'UserUpdate',
};

export async function userAction(
  idp: Idp,
  userPoolId: string,
  username: string,
  action: UserAction,
  signal?: AbortSignal,
): Promise<void> {
  const key = { UserPoolId: userPoolId, Username: username };
  const options = { abortSignal: signal };
  switch (action) {
    case 'enable':
      await idp.send(new AdminEnableUserCommand(key), options);
      return;
    case 'disable':
      await idp.send(new AdminDisableUserCommand(key), options);
      return;
    case 'reset-password':
      await idp.send(new AdminResetUserPasswordCommand(key), options);
      return;
    case 'confirm-sign-up':
      await idp.send(new AdminConfirmSignUpCommand(key), options);
      return;
    case 'global-sign-out':
      await idp.send(new AdminUserGlobalSignOutCommand(key), options);
      return;
    case 'resend-invitation':
      // RESEND needs no attributes: Cognito re-sends the invitation to the existing FORCE_CHANGE_PASSWORD user.
      await idp.send(new AdminCreateUserCommand({ ...key, MessageAction: 'RESEND' }), options);
      return;
    case 'delete':
      await idp.send(new AdminDeleteUserCommand(key), options);
      return;
  }
}

export async function setPassword(
  idp: Idp,
  userPoolId: string,
  username: string,
  password: string,
  permanent: boolean,
): Promise<void> {
  await idp.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: username,
      Password: password,
      Permanent: permanent,
    }),
  );
}

export async function addToGroup(
  idp: Idp,
  userPoolId: string,
  username: string,
  groupName: string,
  signal?: AbortSignal,
): Promise<void> {
  await idp.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: groupName }), {
    abortSignal: signal,
  });
}

export async function removeFromGroup(
  idp: Idp,
  userPoolId: string,
  username: string,
  groupName: string,
  signal?: AbortSignal,
): Promise<void> {
  await idp.send(
    new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: groupName }),
    { abortSignal: signal },
  );
}

export async function setAttribute(
  idp: Idp,
  userPoolId: string,
  username: string,
  name: string,
  value: string,
  signal?: AbortSignal,
): Promise<void> {
  await idp.send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: userPoolId,
      Username: username,
      UserAttributes: [{ Name: name, Value: value }],
    }),
    { abortSignal: signal },
  );
}
