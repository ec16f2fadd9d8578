import { randomUUID } from 'node:crypto';
import { CreateIdentityPoolCommand } from '@aws-sdk/client-cognito-identity';
import { CreateUserPoolClientCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, inject, it } from 'vitest';
import type { ResolvedProfile } from '../../src/main/aws/clients';
import { ClientCache } from '../../src/main/aws/clients';
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
