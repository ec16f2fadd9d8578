import { CognitoIdentityProviderClient, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAppClient } from '../../src/main/services/pool-clients';
import { createPrefixDomain, describePoolDomain, isPrefixAvailable } from '../../src/main/services/pool-domain';
import type { AppError } from '../../src/shared/ipc/errors';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'me-central-1';

describe('pool domain against moto', () => {
  const idp = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: inject('motoEndpoint'),
    credentials: { accessKeyId: 'AKIAPOOLDOMAINTEST01', secretAccessKey: 'pool-domain-test' },
  });
  afterAll(() => idp.destroy());

  it('checks a prefix, creates the domain, and gives each OAuth client its managed login URL', async () => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: `domain-${Date.now()}` }));
    const poolId = UserPool?.Id ?? '';
    const prefix = `shop-${Date.now().toString(36)}`;
    expect(await describePoolDomain(idp, poolId, REGION)).toEqual({ custom: false, loginUrls: [] });
    expect(await isPrefixAvailable(idp, prefix)).toBe(true);

    const web = await createAppClient(idp, poolId, {
      ClientName: 'web',
      CallbackURLs: ['https://shop.example.com/cb'],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    await createAppClient(idp, poolId, { ClientName: 'server-only' });
    await createPrefixDomain(idp, poolId, prefix);
    expect(await isPrefixAvailable(idp, prefix)).toBe(false);

    const domain = await describePoolDomain(idp, poolId, REGION);
    expect(domain).toMatchObject({
      domain: prefix,
      custom: false,
      status: 'ACTIVE',
      baseUrl: `https://${prefix}.auth.${REGION}.amazoncognito.com`,
    });
    expect(domain.loginUrls).toEqual([
      {
        clientName: 'web',
        clientId: web.clientId,
        url: `https://${prefix}.auth.${REGION}.amazoncognito.com/login?client_id=${web.clientId}&response_type=code&redirect_uri=https%3A%2F%2Fshop.example.com%2Fcb`,
      },
    ]);
    const taken = await createPrefixDomain(idp, poolId, prefix).catch((e: unknown) => e as AppError);
    expect(taken).toMatchObject({ code: 'CONFLICT' });
  });
});
