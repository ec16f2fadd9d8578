import type { CognitoIdentityProviderClient, GroupType } from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateGroupCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  ListGroupsCommand,
  ListUsersInGroupCommand,
  UpdateGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { GroupSummary } from '../../shared/model/groups';
import type { UserRow } from '../../shared/model/users';
import type { Throttle } from '../jobs/limits';
import { unthrottled } from '../jobs/limits';
import { toUserRow, USERS_PAGE } from './users';

type Idp = CognitoIdentityProviderClient;

/** ListGroups takes at most 60 a page. */
export const GROUPS_PAGE = 60;

export function toGroupSummary(group: GroupType): GroupSummary {
  return {
    name: group.GroupName ?? '',
    ...(group.Description ? { description: group.Description } : {}),
    ...(group.Precedence !== undefined ? { precedence: group.Precedence } : {}),
    ...(group.RoleArn ? { roleArn: group.RoleArn } : {}),
    ...(group.CreationDate ? { createdAt: group.CreationDate.toISOString() } : {}),
    ...(group.LastModifiedDate ? { lastModifiedAt: group.LastModifiedDate.toISOString() } : {}),
  };
}

/** Every group of the pool (up to 10,000: 167 pages under GroupRead's 20 rps). */
export async function listGroups(
  idp: Idp,
  userPoolId: string,
  throttle: Throttle = unthrottled,
): Promise<GroupSummary[]> {
  const groups: GroupSummary[] = [];
  let token: string | undefined;
  do {
    await throttle('GroupRead');
    const page = await idp.send(
      new ListGroupsCommand({ UserPoolId: userPoolId, Limit: GROUPS_PAGE, NextToken: token }),
    );
    groups.push(...(page.Groups ?? []).map(toGroupSummary));
    token = page.NextToken;
  } while (token);
  return groups;
}

/** Every member of a group (ListUsersInGroup, all pages, Limit 60). */
export async function listMembers(
  idp: Idp,
  userPoolId: string,
  groupName: string,
  throttle: Throttle = unthrottled,
  signal?: AbortSignal,
): Promise<UserRow[]> {
  const rows: UserRow[] = [];
  let token: string | undefined;
  do {
    await throttle('UserList', signal);
    const page = await idp.send(
      new ListUsersInGroupCommand({
        UserPoolId: userPoolId,
        GroupName: groupName,
        Limit: USERS_PAGE,
        NextToken: token,
      }),
      { abortSignal: signal },
    );
    rows.push(...(page.Users ?? []).map(toUserRow));
    token = page.NextToken;
  } while (token);
  return rows;
}

export interface GroupFields {
  description?: string | null;
  precedence?: number | null;
  roleArn?: string | null;
}

export async function createGroup(
  idp: Idp,
  userPoolId: string,
  groupName: string,
  fields: GroupFields,
): Promise<GroupSummary> {
  const { Group } = await idp.send(
    new CreateGroupCommand({
      UserPoolId: userPoolId,
      GroupName: groupName,
      ...(fields.description ? { Description: fields.description } : {}),
      ...(fields.precedence !== undefined && fields.precedence !== null ? { Precedence: fields.precedence } : {}),
      ...(fields.roleArn ? { RoleArn: fields.roleArn } : {}),
    }),
  );
  return toGroupSummary(Group ?? { GroupName: groupName });
}

/**
 * UpdateGroup resets what it is not sent, so read the group and send every field: absent = keep, null = clear.
 */
export async function updateGroup(
  idp: Idp,
  userPoolId: string,
  groupName: string,
  edit: GroupFields,
): Promise<GroupSummary> {
  const { Group: current } = await idp.send(new GetGroupCommand({ UserPoolId: userPoolId, GroupName: groupName }));
  const pick = <T>(edited: T | null | undefined, existing: T | undefined): T | undefined =>
    edited === undefined ? existing : (edited ?? undefined);
  const description = pick(edit.description, current?.Description);
  const precedence = pick(edit.precedence, current?.Precedence);
  const roleArn = pick(edit.roleArn, current?.RoleArn);
  const { Group } = await idp.send(
    new UpdateGroupCommand({
      UserPoolId: userPoolId,
      GroupName: groupName,
      ...(description !== undefined ? { Description: description } : {}),
      ...(precedence !== undefined ? { Precedence: precedence } : {}),
      ...(roleArn !== undefined ? { RoleArn: roleArn } : {}),
    }),
  );
  return toGroupSummary(Group ?? { GroupName: groupName });
}

export async function deleteGroup(idp: Idp, userPoolId: string, groupName: string): Promise<void> {
  await idp.send(new DeleteGroupCommand({ UserPoolId: userPoolId, GroupName: groupName }));
}
