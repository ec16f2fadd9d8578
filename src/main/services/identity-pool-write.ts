import type { CognitoIdentityClient, IdentityPool } from '@aws-sdk/client-cognito-identity';
import {
  CreateIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  UpdateIdentityPoolCommand,
} from '@aws-sdk/client-cognito-identity';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type {
  CognitoProviderInput,
  IdentityPoolCreate,
  IdentityPoolEdit,
  IdentityPoolSettings,
  IdentityPoolUpdateResult,
} from '../../shared/model/identity-pool-settings';
import { COGNITO_PROVIDER_NAME, SETTING_LABELS } from '../../shared/model/identity-pool-settings';
import type { IdentityPoolSummary } from '../../shared/model/identity-pools';
import type { ConfigChange, JsonValue } from '../../shared/model/pool-config';

type Wire = Omit<IdentityPool, 'IdentityPoolId'>;

/** The API's object from our settings: every field, so nothing is reset to a default by omission. */
function toWire(s: IdentityPoolSettings): Wire {
  return {
    IdentityPoolName: s.name,
    AllowUnauthenticatedIdentities: s.allowUnauthenticated,
    AllowClassicFlow: s.allowClassicFlow,
    CognitoIdentityProviders: s.cognitoProviders.map((p) => ({
      ProviderName: p.providerName,
      ClientId: p.clientId,
      ServerSideTokenCheck: p.serverSideTokenCheck,
    })),
    SupportedLoginProviders: Object.fromEntries(
      Object.entries(s.supportedLoginProviders).filter((e): e is [string, string] => e[1] !== undefined),
    ),
    OpenIdConnectProviderARNs: s.openIdConnectProviderArns,
    SamlProviderARNs: s.samlProviderArns,
  };
}

/** Our settings from a DescribeIdentityPool (or UpdateIdentityPool) answer; absent lists and flags are empty/false. */
export function settingsOf(pool: Wire): IdentityPoolSettings {
  return {
    name: pool.IdentityPoolName ?? '',
    allowUnauthenticated: pool.AllowUnauthenticatedIdentities === true,
    allowClassicFlow: pool.AllowClassicFlow === true,
    cognitoProviders: (pool.CognitoIdentityProviders ?? []).map((p) => ({
      providerName: p.ProviderName ?? '',
      clientId: p.ClientId ?? '',
      serverSideTokenCheck: p.ServerSideTokenCheck === true,
    })),
    supportedLoginProviders: pool.SupportedLoginProviders ?? {},
    openIdConnectProviderArns: pool.OpenIdConnectProviderARNs ?? [],
    samlProviderArns: pool.SamlProviderARNs ?? [],
  };
}

/** Order does not matter to the API for these lists: compare them sorted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => JSON.stringify(v)).sort());
  if (value && typeof value === 'object')
    return JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(value);
}

export function diffSettings(before: IdentityPoolSettings, after: IdentityPoolSettings): ConfigChange[] {
  const keys = Object.keys(SETTING_LABELS) as (keyof IdentityPoolSettings)[];
  return keys
    .filter((k) => canonical(before[k]) !== canonical(after[k]))
    .map((k) => ({ path: k, label: SETTING_LABELS[k], before: before[k] as JsonValue, after: after[k] as JsonValue }));
}

/**
 * A Cognito provider in this region must name a pool and client that exist (a typo here locks users out);
 * providers in other regions cannot be checked with this region's client and are left to AWS.
 */
export async function checkProviders(
  idp: CognitoIdentityProviderClient,
  region: string,
  providers: CognitoProviderInput[],
): Promise<void> {
  for (const p of providers) {
    const match = COGNITO_PROVIDER_NAME.exec(p.providerName);
    if (!match?.[2] || match[1] !== region) continue;
    try {
      await idp.send(new DescribeUserPoolClientCommand({ UserPoolId: match[2], ClientId: p.clientId }));
    } catch (e) {
      if ((e as { name?: string }).name !== 'ResourceNotFoundException') throw e;
      throw new AppError('VALIDATION', `No app client ${p.clientId} in user pool ${match[2]} (${region}).`);
    }
  }
}

export async function createIdentityPool(
  identity: CognitoIdentityClient,
  idp: CognitoIdentityProviderClient,
  region: string,
  input: IdentityPoolCreate,
): Promise<IdentityPoolSummary> {
  await checkProviders(idp, region, input.cognitoProviders);
  const created = await identity.send(
    new CreateIdentityPoolCommand({
      ...toWire(input),
      // Required by the API; our settings always carry it.
      AllowUnauthenticatedIdentities: input.allowUnauthenticated,
      ...(input.developerProviderName ? { DeveloperProviderName: input.developerProviderName } : {}),
      ...(input.tags && Object.keys(input.tags).length ? { IdentityPoolTags: input.tags } : {}),
    }),
  );
  return { id: created.IdentityPoolId ?? '', name: created.IdentityPoolName ?? input.name };
}

interface Plan {
  fresh: IdentityPool;
  before: IdentityPoolSettings;
  after: IdentityPoolSettings;
  changes: ConfigChange[];
}

async function plan(identity: CognitoIdentityClient, identityPoolId: string, edit: IdentityPoolEdit): Promise<Plan> {
  const fresh = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: identityPoolId }));
  const before = settingsOf(fresh);
  const after = { ...before, ...edit };
  return { fresh, before, after, changes: diffSettings(before, after) };
}

/** What an edit would change against the pool as it is now; writes nothing. */
export async function previewIdentityPoolUpdate(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  edit: IdentityPoolEdit,
): Promise<IdentityPoolUpdateResult> {
  return { changes: (await plan(identity, identityPoolId, edit)).changes, notKept: [] };
}

/**
 * UpdateIdentityPool replaces the whole pool: describe it fresh, merge the edit, and send every field back,
 * including the create-only developer provider and the tags exactly as they are. Any field the answer does not
 * echo as sent is reported (an endpoint that ignores a field must not look like a successful save).
 */
export async function updateIdentityPool(
  identity: CognitoIdentityClient,
  idp: CognitoIdentityProviderClient,
  region: string,
  identityPoolId: string,
  edit: IdentityPoolEdit,
): Promise<IdentityPoolUpdateResult> {
  const { fresh, before, after, changes } = await plan(identity, identityPoolId, edit);
  if (changes.length === 0) return { changes, notKept: [] };
  const known = new Set(before.cognitoProviders.map((p) => `${p.providerName}:${p.clientId}`));
  await checkProviders(
    idp,
    region,
    after.cognitoProviders.filter((p) => !known.has(`${p.providerName}:${p.clientId}`)),
  );
  const answer = await identity.send(
    new UpdateIdentityPoolCommand({
      IdentityPoolId: identityPoolId,
      ...toWire(after),
      ...(fresh.DeveloperProviderName ? { DeveloperProviderName: fresh.DeveloperProviderName } : {}),
      ...(fresh.IdentityPoolTags ? { IdentityPoolTags: fresh.IdentityPoolTags } : {}),
    }),
  );
  const kept = settingsOf(answer);
  const notKept = diffSettings(after, kept).map((c) => c.label);
  return { changes, notKept };
}
