import type { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import {
  DeleteIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  ListIdentityPoolsCommand,
} from '@aws-sdk/client-cognito-identity';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ListUserPoolClientsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type { CognitoProvider, IdentityPoolDetail, IdentityPoolSummary } from '../../shared/model/identity-pools';
import { listUserPoolIds } from './user-pool-ids';

async function listClientIds(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let token: string | undefined;
  do {
    const page = await idp.send(
      new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken: token }),
    );
    for (const c of page.UserPoolClients ?? []) if (c.ClientId) ids.add(c.ClientId);
    token = page.NextToken;
  } while (token);
  return ids;
}

/** ListIdentityPools takes MaxResults 1..60. */
const PAGE = 60;

export async function listIdentityPools(identity: CognitoIdentityClient): Promise<IdentityPoolSummary[]> {
  const pools: IdentityPoolSummary[] = [];
  let token: string | undefined;
  do {
    const page = await identity.send(new ListIdentityPoolsCommand({ MaxResults: PAGE, NextToken: token }));
    for (const p of page.IdentityPools ?? [])
      pools.push({ id: p.IdentityPoolId ?? '', name: p.IdentityPoolName ?? '' });
    token = page.NextToken;
  } while (token);
  return pools;
}

const PROVIDER_NAME = /^cognito-idp\.([a-z0-9-]+)\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)$/;

/** `cognito-idp.<region>.amazonaws.com/<poolId>` -> its region and pool id. */
export function parseProviderName(name: string): { region: string; userPoolId: string } | undefined {
  const match = PROVIDER_NAME.exec(name);
  return match?.[1] && match[2] ? { region: match[1], userPoolId: match[2] } : undefined;
}

/** The pool's settings, with each Cognito provider checked against the user pools that exist in this region. */
export async function describeIdentityPool(
  identity: CognitoIdentityClient,
  idp: CognitoIdentityProviderClient,
  region: string,
  identityPoolId: string,
): Promise<IdentityPoolDetail> {
  const pool = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: identityPoolId }));
  const existing = await listUserPoolIds(idp);
  const clients = new Map<string, Promise<Set<string>>>();
  const clientsOf = (poolId: string): Promise<Set<string>> => {
    const known = clients.get(poolId) ?? listClientIds(idp, poolId);
    clients.set(poolId, known);
    return known;
  };
  const cognitoProviders = await Promise.all(
    (pool.CognitoIdentityProviders ?? []).map(async (p): Promise<CognitoProvider> => {
      const parsed = parseProviderName(p.ProviderName ?? '');
      // A provider in another region cannot be checked with this region's pools: leave it unknown.
      const matchesPool = parsed && parsed.region === region ? existing.has(parsed.userPoolId) : undefined;
      const matchesClient =
        matchesPool && parsed && p.ClientId ? (await clientsOf(parsed.userPoolId)).has(p.ClientId) : undefined;
      return {
        providerName: p.ProviderName ?? '',
        clientId: p.ClientId,
        serverSideTokenCheck: p.ServerSideTokenCheck === true,
        ...(parsed ?? {}),
        matchesPool,
        matchesClient,
      };
    }),
  );
  return {
    id: pool.IdentityPoolId ?? identityPoolId,
    name: pool.IdentityPoolName ?? '',
    allowUnauthenticated: pool.AllowUnauthenticatedIdentities === true,
    allowClassicFlow: pool.AllowClassicFlow === true,
    cognitoProviders,
    supportedLoginProviders: pool.SupportedLoginProviders ?? {},
    openIdConnectProviderArns: pool.OpenIdConnectProviderARNs ?? [],
    samlProviderArns: pool.SamlProviderARNs ?? [],
    // An emulator may answer "" for "none".
    developerProviderName: pool.DeveloperProviderName || undefined,
    tags: pool.IdentityPoolTags ?? {},
  };
}

/** Deletes after checking the typed confirmation against the pool's real name. */
export async function deleteIdentityPool(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  confirmName: string,
): Promise<void> {
  const pool = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: identityPoolId }));
  if (pool.IdentityPoolName !== confirmName) {
    throw new AppError(
      'VALIDATION',
      `The confirmation "${confirmName}" does not match the identity pool name "${pool.IdentityPoolName ?? ''}".`,
    );
  }
  await identity.send(new DeleteIdentityPoolCommand({ IdentityPoolId: identityPoolId }));
}
