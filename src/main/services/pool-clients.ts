import type {
  CognitoIdentityProviderClient,
  UpdateUserPoolClientCommandInput,
  UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateUserPoolClientCommand,
  DeleteUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  paginateListUserPoolClients,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import { assertUnchanged } from './version-check';
import type { PoolVersion } from '../../shared/model/pool-config';
import type {
  AppClientConfig,
  AppClientSummary,
  ClientCreate,
  ClientEdit,
  ClientUpdateResult,
} from '../../shared/model/pool-clients';
import { tokenValidityIssues } from '../../shared/model/pool-clients';
import { clientLabelsWithUnits } from '../../shared/model/pool-labels';
import { mapLimit } from './map-limit';
import { fingerprintOf } from './pool-config';
import type { Settings } from './pool-settings';
import { diffSettings, isObject, mergeEdit, toJson } from './pool-settings';

/** ListUserPoolClients allows at most 60 a page; DescribeUserPoolClient is UserPoolRead (15 rps). */
const PAGE = 60;
const DESCRIBE_CONCURRENCY = 4;

/**
 * Every field UpdateUserPoolClient takes, typed against the SDK input: omitted fields are reset by AWS, so a new
 * SDK field must fail typecheck here until it is carried through.
 */
const UPDATABLE: Record<Exclude<keyof UpdateUserPoolClientCommandInput, 'UserPoolId' | 'ClientId'>, true> = {
  ClientName: true,
  RefreshTokenValidity: true,
  AccessTokenValidity: true,
  IdTokenValidity: true,
  TokenValidityUnits: true,
  ReadAttributes: true,
  WriteAttributes: true,
  ExplicitAuthFlows: true,
  SupportedIdentityProviders: true,
  CallbackURLs: true,
  LogoutURLs: true,
  DefaultRedirectURI: true,
  AllowedOAuthFlows: true,
  AllowedOAuthScopes: true,
  AllowedOAuthFlowsUserPoolClient: true,
  AnalyticsConfiguration: true,
  PreventUserExistenceErrors: true,
  EnableTokenRevocation: true,
  EnablePropagateAdditionalUserContextData: true,
  AuthSessionValidity: true,
  RefreshTokenRotation: true,
};
const FIELDS = Object.keys(UPDATABLE) as (keyof typeof UPDATABLE)[];

async function describeRaw(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
): Promise<UserPoolClientType> {
  const { UserPoolClient: client } = await idp.send(
    new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }),
  );
  if (!client) throw new AppError('NOT_FOUND', `App client ${clientId} does not exist.`);
  return client;
}

function clientSettings(client: UserPoolClientType): Settings {
  const raw: Record<string, unknown> = {};
  for (const field of FIELDS) raw[field] = (client as Record<string, unknown>)[field];
  const json = toJson(raw);
  return isObject(json) ? json : {};
}

/** The client's configuration without its secret: only reveal-client-secret hands that out. */
export function toClientConfig(client: UserPoolClientType): AppClientConfig {
  const settings = clientSettings(client);
  return {
    clientId: client.ClientId ?? '',
    name: client.ClientName ?? '',
    hasSecret: Boolean(client.ClientSecret),
    createdAt: client.CreationDate?.toISOString(),
    settings,
    version: { lastModifiedAt: client.LastModifiedDate?.toISOString(), fingerprint: fingerprintOf(settings) },
  };
}

export async function listAppClients(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
): Promise<AppClientSummary[]> {
  const ids: { id: string; name: string }[] = [];
  for await (const page of paginateListUserPoolClients(
    { client: idp, pageSize: PAGE },
    { UserPoolId: userPoolId, MaxResults: PAGE },
  )) {
    for (const c of page.UserPoolClients ?? []) ids.push({ id: c.ClientId ?? '', name: c.ClientName ?? '' });
  }
  return mapLimit(ids, DESCRIBE_CONCURRENCY, async ({ id, name }) => {
    try {
      const c = toClientConfig(await describeRaw(idp, userPoolId, id));
      const list = (key: string) => (Array.isArray(c.settings[key]) ? (c.settings[key] as string[]) : []);
      return {
        clientId: id,
        name: c.name,
        hasSecret: c.hasSecret,
        authFlows: list('ExplicitAuthFlows'),
        callbackUrls: list('CallbackURLs'),
        lastModifiedAt: c.version.lastModifiedAt,
      };
    } catch (error) {
      const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { clientId: id, name, hasSecret: false, authFlows: [], callbackUrls: [], detailError: what.slice(0, 300) };
    }
  });
}

export async function describeAppClient(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
): Promise<AppClientConfig> {
  return toClientConfig(await describeRaw(idp, userPoolId, clientId));
}

export async function createAppClient(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  input: ClientCreate,
): Promise<AppClientConfig> {
  const { UserPoolClient: client } = await idp.send(
    new CreateUserPoolClientCommand({ ...input, UserPoolId: userPoolId }),
  );
  if (!client) throw new AppError('INTERNAL', 'CreateUserPoolClient returned no client.');
  return toClientConfig(client);
}

export async function previewClientUpdate(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
  edit: ClientEdit,
  expected?: PoolVersion,
): Promise<ClientUpdateResult> {
  const config = await describeAppClient(idp, userPoolId, clientId);
  assertUnchanged(config.version, expected, `App client ${config.name}`);
  const after = mergeEdit(config.settings as Settings, edit);
  assertTokenValidity(after);
  return { changes: diffSettings(config.settings as Settings, after, clientLabelsWithUnits(after)), config };
}

/**
 * The token ranges on the merged client: an edit of an amount alone is read in the client's stored unit, which the
 * edit's own schema cannot know.
 */
export function assertTokenValidity(merged: Settings): void {
  const issues = tokenValidityIssues(merged, true);
  if (issues.length === 0) return;
  throw new AppError('VALIDATION', `${issues.map((i) => i.message).join('; ')}; nothing was changed.`, { issues });
}

/** Read-modify-write for UpdateUserPoolClient, which resets every field it is not sent. */
export async function safeUpdateClient(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
  edit: ClientEdit,
  expected?: PoolVersion,
): Promise<ClientUpdateResult> {
  const before = await describeAppClient(idp, userPoolId, clientId);
  assertUnchanged(before.version, expected, `App client ${before.name}`);
  const beforeSettings = before.settings as Settings;
  const merged = mergeEdit(beforeSettings, edit);
  assertTokenValidity(merged);
  if (diffSettings(beforeSettings, merged).length === 0) return { changes: [], config: before };
  const fields: Record<string, unknown> = {};
  for (const field of FIELDS) if (merged[field] !== undefined) fields[field] = merged[field];
  await idp.send(
    new UpdateUserPoolClientCommand({
      ...(fields as Omit<UpdateUserPoolClientCommandInput, 'UserPoolId' | 'ClientId'>),
      UserPoolId: userPoolId,
      ClientId: clientId,
    }),
  );
  const after = await describeAppClient(idp, userPoolId, clientId);
  const afterSettings = after.settings as Settings;
  return { changes: diffSettings(beforeSettings, afterSettings, clientLabelsWithUnits(afterSettings)), config: after };
}

/** The client secret, for an explicit reveal only; it is never logged or kept. */
export async function revealClientSecret(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
): Promise<string | null> {
  return (await describeRaw(idp, userPoolId, clientId)).ClientSecret ?? null;
}

export async function deleteAppClient(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
  confirmName: string,
): Promise<void> {
  const client = await describeRaw(idp, userPoolId, clientId);
  if (client.ClientName !== confirmName) {
    throw new AppError(
      'VALIDATION',
      `"${confirmName}" does not match the app client name "${client.ClientName ?? ''}".`,
    );
  }
  await idp.send(new DeleteUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }));
}
