import type {
  CognitoIdentityProviderClient,
  CreateGroupCommandInput,
  CreateUserPoolClientCommandInput,
  CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  paginateListGroups,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type { PoolExport } from '../../shared/model/pool-export';
import { POOL_EXPORT_FORMAT } from '../../shared/model/pool-export';
import { describeAppClient, listAppClients } from './pool-clients';
import { describePoolConfig } from './pool-config';
import { createSchemaOf } from './pool-export-schema';

/** ListGroups allows at most 60 a page. */
const GROUP_PAGE = 60;

/** The pool, its app clients and groups as the requests that recreate them (no ids, secrets or dates). */
export async function exportPool(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<PoolExport> {
  const config = await describePoolConfig(idp, userPoolId);
  const schema = createSchemaOf(config.fixed.schema);
  const pool: Record<string, unknown> = {
    ...config.settings,
    ...(config.fixed.usernameAttributes.length > 0 ? { UsernameAttributes: config.fixed.usernameAttributes } : {}),
    ...(config.fixed.aliasAttributes.length > 0 ? { AliasAttributes: config.fixed.aliasAttributes } : {}),
    ...(config.fixed.caseSensitive !== undefined
      ? { UsernameConfiguration: { CaseSensitive: config.fixed.caseSensitive } }
      : {}),
    ...(schema.length > 0 ? { Schema: schema } : {}),
  };
  const clients: Record<string, unknown>[] = [];
  for (const summary of await listAppClients(idp, userPoolId)) {
    const client = await describeAppClient(idp, userPoolId, summary.clientId);
    clients.push({ ClientName: client.name, GenerateSecret: client.hasSecret, ...client.settings });
  }
  const groups: Record<string, unknown>[] = [];
  for await (const page of paginateListGroups(
    { client: idp, pageSize: GROUP_PAGE },
    { UserPoolId: userPoolId, Limit: GROUP_PAGE },
  )) {
    for (const g of page.Groups ?? []) {
      groups.push({
        GroupName: g.GroupName,
        ...(g.Description ? { Description: g.Description } : {}),
        ...(g.Precedence !== undefined ? { Precedence: g.Precedence } : {}),
        ...(g.RoleArn ? { RoleArn: g.RoleArn } : {}),
      });
    }
  }
  return { format: POOL_EXPORT_FORMAT, pool, clients, groups };
}

/**
 * Creates a new pool from an export, then its clients and groups. The field names are the API's own, so the SDK
 * and Cognito validate them; a new secret is generated where the original client had one.
 */
export async function createPoolFromExport(
  idp: CognitoIdentityProviderClient,
  data: PoolExport,
  poolName?: string,
): Promise<{ userPoolId: string }> {
  const input = { ...data.pool, ...(poolName ? { PoolName: poolName } : {}) } as unknown as CreateUserPoolCommandInput;
  const { UserPool } = await idp.send(new CreateUserPoolCommand(input));
  const userPoolId = UserPool?.Id;
  if (!userPoolId) throw new AppError('INTERNAL', 'CreateUserPool returned no pool id.');
  for (const client of data.clients) {
    const request = { ...client, UserPoolId: userPoolId } as unknown as CreateUserPoolClientCommandInput;
    await idp.send(new CreateUserPoolClientCommand(request));
  }
  for (const group of data.groups) {
    const request = { ...group, UserPoolId: userPoolId } as unknown as CreateGroupCommandInput;
    await idp.send(new CreateGroupCommand(request));
  }
  return { userPoolId };
}
