import { randomUUID } from 'node:crypto';
import { CreateIdentityPoolCommand } from '@aws-sdk/client-cognito-identity';
import { CreateUserPoolClientCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, inject, it } from 'vitest';
import type { ResolvedProfile } from '../../src/main/aws/clients';
import { ClientCache } from '../../src/main/aws/clients';
import { toWireError } from '../../src/main/ipc/to-wire-error';
import { getIdentityPoolRoles } from '../../src/main/services/identity-pool-roles';
import {
  createIdentityPool,
  previewIdentityPoolUpdate,
  updateIdentityPool,
} from '../../src/main/services/identity-pool-write';
import type { IdentityPoolCreate } from '../../src/shared/model/identity-pool-settings';
import {
  deleteIdentityPool,
  describeIdentityPool,
  listIdentityPools,
  parseProviderName,
} from '../../src/main/services/identity-pools';

const REGION = 'eu-central-1';

describe('identity pools against moto', () => {
  const endpoint = inject('motoEndpoint');
  const profile: ResolvedProfile = {
    name: 'identity-pools-test',
    credentials: () => Promise.resolve({ accessKeyId: 'AKIATEST', secretAccessKey: 'x' }),
    endpoint: () => endpoint,
  };
  const { cognitoIdentity, cognitoIdp } = new ClientCache().clientsFor(profile, REGION);
  const tag = randomUUID().slice(0, 8);

  it('lists, describes (checking each Cognito provider against real pools) and deletes after a typed confirmation', async () => {
    const pool = await cognitoIdp.send(new CreateUserPoolCommand({ PoolName: `idp-${tag}` }));
    const poolId = pool.UserPool?.Id ?? '';
    const client = await cognitoIdp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'web' }));
    const name = `federated_${tag}`;
    const created = await cognitoIdentity.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: name,
        AllowUnauthenticatedIdentities: true,
        CognitoIdentityProviders: [
          {
            ProviderName: `cognito-idp.${REGION}.amazonaws.com/${poolId}`,
            ClientId: client.UserPoolClient?.ClientId,
            ServerSideTokenCheck: true,
          },
          { ProviderName: `cognito-idp.${REGION}.amazonaws.com/${REGION}_DoesNotExist`, ClientId: 'abc' },
        ],
        SupportedLoginProviders: { 'accounts.google.com': 'google-client-id' },
      }),
    );
    const id = created.IdentityPoolId ?? '';

    expect(await listIdentityPools(cognitoIdentity)).toContainEqual({ id, name });
    const detail = await describeIdentityPool(cognitoIdentity, cognitoIdp, REGION, id);
    expect(detail).toMatchObject({
      name,
      allowUnauthenticated: true,
      supportedLoginProviders: { 'accounts.google.com': 'google-client-id' },
    });
    expect(detail.cognitoProviders).toEqual([
      expect.objectContaining({ userPoolId: poolId, region: REGION, serverSideTokenCheck: true, matchesPool: true }),
      expect.objectContaining({ userPoolId: `${REGION}_DoesNotExist`, matchesPool: false }),
    ]);

    await expect(deleteIdentityPool(cognitoIdentity, id, 'wrong')).rejects.toMatchObject({ code: 'VALIDATION' });
    await deleteIdentityPool(cognitoIdentity, id, name);
    expect((await listIdentityPools(cognitoIdentity)).some((p) => p.id === id)).toBe(false);
  });
});

describe('provider names', () => {
  it('parses cognito-idp.<region>.amazonaws.com/<poolId> and refuses anything else', () => {
    expect(parseProviderName('cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123')).toEqual({
      region: 'eu-west-1',
      userPoolId: 'eu-west-1_AbC123',
    });
    expect(parseProviderName('accounts.google.com')).toBeUndefined();
    expect(parseProviderName('cognito-idp.eu-west-1.amazonaws.com/')).toBeUndefined();
  });
});

describe('identity pool create and update against moto', () => {
  const endpoint = inject('motoEndpoint');
  const profile: ResolvedProfile = {
    name: 'identity-pools-write-test',
    credentials: () => Promise.resolve({ accessKeyId: 'AKIATEST', secretAccessKey: 'x' }),
    endpoint: () => endpoint,
  };
  const { cognitoIdentity, cognitoIdp } = new ClientCache().clientsFor(profile, REGION);
  const tag = randomUUID().slice(0, 8);

  async function poolWithClient(): Promise<{ poolId: string; clientId: string }> {
    const pool = await cognitoIdp.send(new CreateUserPoolCommand({ PoolName: `idp-write-${tag}` }));
    const poolId = pool.UserPool?.Id ?? '';
    const client = await cognitoIdp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'web' }));
    return { poolId, clientId: client.UserPoolClient?.ClientId ?? '' };
  }

  const base = (name: string, providerName: string, clientId: string): IdentityPoolCreate => ({
    name,
    allowUnauthenticated: false,
    allowClassicFlow: false,
    cognitoProviders: [{ providerName, clientId, serverSideTokenCheck: true }],
    supportedLoginProviders: { 'graph.facebook.com': '1234567890' },
    openIdConnectProviderArns: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
    samlProviderArns: ['arn:aws:iam::123456789012:saml-provider/Corp'],
    developerProviderName: 'login.example.app',
    tags: { team: 'identity' },
  });

  it('creates a pool with a Cognito provider from a real user pool and client, and reads every field back', async () => {
    const { poolId, clientId } = await poolWithClient();
    const providerName = `cognito-idp.${REGION}.amazonaws.com/${poolId}`;
    const name = `created ${tag}`;
    const created = await createIdentityPool(cognitoIdentity, cognitoIdp, REGION, base(name, providerName, clientId));
    expect(created.name).toBe(name);

    const detail = await describeIdentityPool(cognitoIdentity, cognitoIdp, REGION, created.id);
    expect(detail).toMatchObject({
      name,
      allowUnauthenticated: false,
      supportedLoginProviders: { 'graph.facebook.com': '1234567890' },
      openIdConnectProviderArns: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
      samlProviderArns: ['arn:aws:iam::123456789012:saml-provider/Corp'],
      developerProviderName: 'login.example.app',
      tags: { team: 'identity' },
    });
    expect(detail.cognitoProviders).toEqual([
      expect.objectContaining({ clientId, serverSideTokenCheck: true, matchesPool: true, matchesClient: true }),
    ]);
    await deleteIdentityPool(cognitoIdentity, created.id, name);
  });

  it('refuses a provider whose app client does not exist in this region, before creating anything', async () => {
    const { poolId } = await poolWithClient();
    const before = (await listIdentityPools(cognitoIdentity)).length;
    const input = base(`bad_${tag}`, `cognito-idp.${REGION}.amazonaws.com/${poolId}`, 'nosuchclient123');
    await expect(createIdentityPool(cognitoIdentity, cognitoIdp, REGION, input)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect((await listIdentityPools(cognitoIdentity)).length).toBe(before);
  });

  it('flags a provider whose pool exists but whose client does not', async () => {
    const { poolId } = await poolWithClient();
    const created = await cognitoIdentity.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: `legacy_${tag}`,
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [
          { ProviderName: `cognito-idp.${REGION}.amazonaws.com/${poolId}`, ClientId: 'typedbyhand0001' },
        ],
      }),
    );
    const detail = await describeIdentityPool(cognitoIdentity, cognitoIdp, REGION, created.IdentityPoolId ?? '');
    expect(detail.cognitoProviders[0]).toMatchObject({ matchesPool: true, matchesClient: false });
  });

  it('updates by sending the whole pool: an edit of one field keeps every other field', async () => {
    const { poolId, clientId } = await poolWithClient();
    const providerName = `cognito-idp.${REGION}.amazonaws.com/${poolId}`;
    const name = `update_${tag}`;
    const { id } = await createIdentityPool(cognitoIdentity, cognitoIdp, REGION, base(name, providerName, clientId));

    const preview = await previewIdentityPoolUpdate(cognitoIdentity, id, { allowUnauthenticated: true });
    expect(preview.changes).toEqual([
      { path: 'allowUnauthenticated', label: expect.stringMatching(/Guest/), before: false, after: true },
    ]);
    const result = await updateIdentityPool(cognitoIdentity, cognitoIdp, REGION, id, {
      allowUnauthenticated: true,
      samlProviderArns: [],
    });
    expect(result).toEqual({ changes: expect.any(Array), notKept: [] });
    expect(result.changes.map((c) => c.path)).toEqual(['allowUnauthenticated', 'samlProviderArns']);
    const after = await describeIdentityPool(cognitoIdentity, cognitoIdp, REGION, id);
    expect(after).toMatchObject({
      name,
      allowUnauthenticated: true,
      samlProviderArns: [],
      supportedLoginProviders: { 'graph.facebook.com': '1234567890' },
      openIdConnectProviderArns: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
      developerProviderName: 'login.example.app',
      tags: { team: 'identity' },
    });
    expect(after.cognitoProviders).toEqual([expect.objectContaining({ clientId, serverSideTokenCheck: true })]);
    expect(await previewIdentityPoolUpdate(cognitoIdentity, id, { allowUnauthenticated: true })).toEqual({
      changes: [],
      notKept: [],
    });
  });

  // Emulator gap (moto 5.2.1), kept here so the day moto fixes it this test says so: UpdateIdentityPool answers
  // 200 but keeps the old IdentityPoolName (`pool.identity_pool_name or new_name`), and never stores
  // AllowClassicFlow (not on create either). The service reports both as not kept instead of claiming success;
  // the rename itself is proven against the API's shape in test/unit/main/services/identity-pool-write.test.ts.
  it('moto emulator gap: a rename and the classic flow are answered 200 but not kept, and reported as such', async () => {
    const { poolId, clientId } = await poolWithClient();
    const name = `gap_${tag}`;
    const { id } = await createIdentityPool(
      cognitoIdentity,
      cognitoIdp,
      REGION,
      base(name, `cognito-idp.${REGION}.amazonaws.com/${poolId}`, clientId),
    );
    const result = await updateIdentityPool(cognitoIdentity, cognitoIdp, REGION, id, {
      name: `renamed_${tag}`,
      allowClassicFlow: true,
    });
    expect(result.changes.map((c) => c.path)).toEqual(['name', 'allowClassicFlow']);
    expect(result.notKept).toEqual(['Name', 'Basic (classic) flow']);
    expect(await describeIdentityPool(cognitoIdentity, cognitoIdp, REGION, id)).toMatchObject({
      name,
      allowClassicFlow: false,
    });
  });

  it('answers UNSUPPORTED for the role calls moto lacks', async () => {
    const { id } = await createIdentityPool(cognitoIdentity, cognitoIdp, REGION, {
      ...base(`roles_${tag}`, '', ''),
      cognitoProviders: [],
    });
    await expect(getIdentityPoolRoles(cognitoIdentity, id)).rejects.toSatisfy(
      (e: unknown) => toWireError(e).code === 'UNSUPPORTED',
    );
  });
});
