import type { AttributeType, CognitoIdentityProviderClient, UserType } from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminGetUserCommand,
  AdminListDevicesCommand,
  AdminListGroupsForUserCommand,
  AdminListUserAuthEventsCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AuthEvent, UserDetail, UserDevice, UserFilter, UserRow } from '../../shared/model/users';
import { toWireError } from '../ipc/to-wire-error';
import type { Throttle } from '../jobs/limits';
import { unthrottled } from '../jobs/limits';
import { mfaOf } from './users-mfa';

/** ListUsers and ListUsersInGroup take at most 60; real Cognito refuses more (moto does not: never send more). */
export const USERS_PAGE = 60;

export function attributesOf(attributes: AttributeType[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { Name, Value } of attributes ?? []) if (Name) out[Name] = Value ?? '';
  return out;
}

export function toUserRow(user: UserType): UserRow {
  const attributes = attributesOf(user.Attributes);
  return {
    username: user.Username ?? '',
    ...(attributes.sub ? { sub: attributes.sub } : {}),
    status: user.UserStatus ?? 'UNKNOWN',
    enabled: user.Enabled ?? true,
    ...(user.UserCreateDate ? { createdAt: user.UserCreateDate.toISOString() } : {}),
    ...(user.UserLastModifiedDate ? { lastModifiedAt: user.UserLastModifiedDate.toISOString() } : {}),
    attributes,
  };
}

/** The ListUsers filter string: `email ^= "ann"`, with the value's backslashes and quotes escaped. */
export function filterString(filter: UserFilter): string {
  return `${filter.attribute} ${filter.operator} "${filter.value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export interface ListUsersOptions {
  filter?: string;
  signal?: AbortSignal;
  throttle?: Throttle;
  /** Resume from a token (a restarted partition starts over instead: tokens can expire). */
  startToken?: string;
}

/** Every page of ListUsers, one at a time, until no PaginationToken (a short page does not mean the last). */
export async function* listUsersPages(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  options: ListUsersOptions = {},
): AsyncGenerator<UserType[]> {
  const throttle = options.throttle ?? unthrottled;
  let token = options.startToken;
  do {
    await throttle('UserList', options.signal);
    const page = await idp.send(
      new ListUsersCommand({
        UserPoolId: userPoolId,
        Limit: USERS_PAGE,
        ...(options.filter ? { Filter: options.filter } : {}),
        ...(token ? { PaginationToken: token } : {}),
      }),
      { abortSignal: options.signal },
    );
    token = page.PaginationToken;
    yield page.Users ?? [];
  } while (token);
}

/** Everything about one user; parts an endpoint lacks (devices, auth events) fail alone. */
export async function getUserDetail(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  username: string,
): Promise<UserDetail> {
  const key = { UserPoolId: userPoolId, Username: username };
  const user = await idp.send(new AdminGetUserCommand(key));
  const [groups, devices, authEvents] = await Promise.all([
    part(() => listGroupsForUser(idp, userPoolId, username)),
    part(() => listDevices(idp, userPoolId, username)),
    part(() => listAuthEvents(idp, userPoolId, username)),
  ]);
  const attributes = attributesOf(user.UserAttributes);
  return {
    username: user.Username ?? username,
    ...(attributes.sub ? { sub: attributes.sub } : {}),
    status: user.UserStatus ?? 'UNKNOWN',
    enabled: user.Enabled ?? true,
    ...(user.UserCreateDate ? { createdAt: user.UserCreateDate.toISOString() } : {}),
    ...(user.UserLastModifiedDate ? { lastModifiedAt: user.UserLastModifiedDate.toISOString() } : {}),
    attributes,
    mfa: mfaOf(user),
    groups,
    devices,
    authEvents,
  };
}

type Part<T> = { ok: true; value: T } | { ok: false; error: ReturnType<typeof toWireError> };

async function part<T>(work: () => Promise<T>): Promise<Part<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (cause) {
    return { ok: false, error: toWireError(cause) };
  }
}

export async function listGroupsForUser(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  username: string,
  throttle: Throttle = unthrottled,
  signal?: AbortSignal,
): Promise<{ name: string; description?: string; precedence?: number }[]> {
  const groups: { name: string; description?: string; precedence?: number }[] = [];
  let token: string | undefined;
  do {
    await throttle('UserRead', signal);
    const page = await idp.send(
      new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username, Limit: 60, NextToken: token }),
      { abortSignal: signal },
    );
    for (const g of page.Groups ?? []) {
      groups.push({
        name: g.GroupName ?? '',
        ...(g.Description ? { description: g.Description } : {}),
        ...(g.Precedence !== undefined ? { precedence: g.Precedence } : {}),
      });
    }
    token = page.NextToken;
  } while (token);
  return groups;
}

async function listDevices(idp: CognitoIdentityProviderClient, userPoolId: string, username: string) {
  const devices: UserDevice[] = [];
  let token: string | undefined;
  do {
    const page = await idp.send(
      new AdminListDevicesCommand({ UserPoolId: userPoolId, Username: username, Limit: 60, PaginationToken: token }),
    );
    for (const d of page.Devices ?? []) {
      const attributes = attributesOf(d.DeviceAttributes);
      devices.push({
        key: d.DeviceKey ?? '',
        ...(attributes.device_name ? { name: attributes.device_name } : {}),
        ...(d.DeviceCreateDate ? { createdAt: d.DeviceCreateDate.toISOString() } : {}),
        ...(d.DeviceLastModifiedDate ? { lastModifiedAt: d.DeviceLastModifiedDate.toISOString() } : {}),
        ...(d.DeviceLastAuthenticatedDate ? { lastAuthenticatedAt: d.DeviceLastAuthenticatedDate.toISOString() } : {}),
        attributes,
      });
    }
    token = page.PaginationToken;
  } while (token);
  return devices;
}

/** The latest 60 events are what a detail view shows; older ones stay in Cognito. */
async function listAuthEvents(idp: CognitoIdentityProviderClient, userPoolId: string, username: string) {
  const page = await idp.send(
    new AdminListUserAuthEventsCommand({ UserPoolId: userPoolId, Username: username, MaxResults: 60 }),
  );
  return (page.AuthEvents ?? []).map((e): AuthEvent => ({
    eventId: e.EventId ?? '',
    ...(e.EventType ? { type: e.EventType } : {}),
    ...(e.CreationDate ? { createdAt: e.CreationDate.toISOString() } : {}),
    ...(e.EventResponse ? { response: e.EventResponse } : {}),
    ...(e.EventRisk?.RiskLevel ? { risk: e.EventRisk.RiskLevel } : {}),
    ...(e.EventContextData?.IpAddress ? { ipAddress: e.EventContextData.IpAddress } : {}),
    ...(e.EventContextData?.City ? { city: e.EventContextData.City } : {}),
    ...(e.EventContextData?.Country ? { country: e.EventContextData.Country } : {}),
    ...(e.EventContextData?.DeviceName ? { deviceName: e.EventContextData.DeviceName } : {}),
  }));
}
