import { CognitoIdentityProviderClient, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAppClient } from '../../src/main/services/pool-clients';
import {
  createCustomDomain,
  createPrefixDomain,
  deletePoolDomain,
  describePoolDomain,
  isPrefixAvailable,
  updateDomainCertificate,
} from '../../src/main/services/pool-domain';
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

  it('creates a custom domain with a certificate, shows the CloudFront target, swaps the certificate, deletes it', async () => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: `custom-domain-${Date.now()}` }));
    const poolId = UserPool?.Id ?? '';
    const host = `auth-${Date.now().toString(36)}.example.com`;
    const cert = (n: number) =>
      `arn:aws:acm:us-east-1:123456789012:certificate/0000000${n}-aaaa-bbbb-cccc-ddddeeeeffff`;

    await createCustomDomain(idp, poolId, host, cert(1));
    const created = await describePoolDomain(idp, poolId, REGION);
    expect(created).toMatchObject({ domain: host, custom: true, status: 'ACTIVE', baseUrl: `https://${host}` });
    expect(created.cloudFrontTarget).toMatch(/\.cloudfront\.net$/);
    const again = await createCustomDomain(idp, poolId, `x.${host}`, cert(1)).catch((e: unknown) => e as AppError);
    expect(again).toMatchObject({ code: 'CONFLICT' });

    // The CloudFront target follows the certificate in moto, so a changed target proves the update reached it.
    await updateDomainCertificate(idp, poolId, cert(2));
    const updated = await describePoolDomain(idp, poolId, REGION);
    expect(updated.cloudFrontTarget).toMatch(/\.cloudfront\.net$/);
    expect(updated.cloudFrontTarget).not.toBe(created.cloudFrontTarget);

    const wrong = await deletePoolDomain(idp, poolId, 'other.example.com').catch((e: unknown) => e as AppError);
    expect(wrong).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(host) as unknown });
    expect((await describePoolDomain(idp, poolId, REGION)).domain).toBe(host);
    await deletePoolDomain(idp, poolId, host);
    expect(await describePoolDomain(idp, poolId, REGION)).toEqual({ custom: false, loginUrls: [] });
  });

  it('refuses to update a certificate when the pool has only a prefix domain', async () => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: `prefix-only-${Date.now()}` }));
    const poolId = UserPool?.Id ?? '';
    await createPrefixDomain(idp, poolId, `prefix-${Date.now().toString(36)}`);
    const cert = 'arn:aws:acm:us-east-1:123456789012:certificate/00000001-aaaa-bbbb-cccc-ddddeeeeffff';
    const refused = await updateDomainCertificate(idp, poolId, cert).catch((e: unknown) => e as AppError);
    expect(refused).toMatchObject({ code: 'NOT_FOUND' });
  });
});
