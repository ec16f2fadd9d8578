import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateUserPoolDomainCommand,
  DeleteUserPoolDomainCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  UpdateUserPoolDomainCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type { PoolDomain } from '../../shared/model/pool-domain';
import { domainBaseUrl } from '../../shared/model/pool-domain';
import { describeAppClient, listAppClients } from './pool-clients';

/**
 * The pool's domain: its custom domain when it has one, else its prefix. A prefix never holds a dot, so a dotted
 * Domain is a custom one too (some endpoints report a custom domain only under Domain).
 */
async function poolDomainName(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
): Promise<{ domain?: string; custom: boolean }> {
  const { UserPool: pool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
  if (!pool) throw new AppError('NOT_FOUND', `User pool ${userPoolId} does not exist.`);
  const domain = pool.CustomDomain ?? pool.Domain;
  return { domain, custom: Boolean(pool.CustomDomain) || Boolean(domain?.includes('.')) };
}

/** The pool's domain, its status, and a managed login URL for each client that can use it. */
export async function describePoolDomain(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  region: string,
): Promise<PoolDomain> {
  const { domain, custom } = await poolDomainName(idp, userPoolId);
  if (!domain) return { custom: false, loginUrls: [] };
  const { DomainDescription: d } = await idp.send(new DescribeUserPoolDomainCommand({ Domain: domain }));
  const baseUrl = domainBaseUrl(domain, region, custom);
  const loginUrls: PoolDomain['loginUrls'] = [];
  for (const summary of await listAppClients(idp, userPoolId)) {
    const client = await describeAppClient(idp, userPoolId, summary.clientId);
    const callbacks = client.settings.CallbackURLs;
    const flows = client.settings.AllowedOAuthFlows;
    const redirect: unknown = Array.isArray(callbacks) ? (callbacks as unknown[])[0] : undefined;
    const grant =
      Array.isArray(flows) && flows.includes('code')
        ? 'code'
        : Array.isArray(flows) && flows.includes('implicit')
          ? 'token'
          : undefined;
    if (typeof redirect !== 'string' || !grant) continue;
    const query = new URLSearchParams({ client_id: client.clientId, response_type: grant, redirect_uri: redirect });
    loginUrls.push({ clientName: client.name, clientId: client.clientId, url: `${baseUrl}/login?${query.toString()}` });
  }
  return {
    domain,
    custom,
    status: d?.Status,
    baseUrl,
    managedLoginVersion: d?.ManagedLoginVersion ?? undefined,
    certificateArn: custom ? d?.CustomDomainConfig?.CertificateArn : undefined,
    cloudFrontTarget: custom ? d?.CloudFrontDistribution : undefined,
    loginUrls,
  };
}

/** DescribeUserPoolDomain answers an empty description for a prefix nobody uses. */
export async function isPrefixAvailable(idp: CognitoIdentityProviderClient, prefix: string): Promise<boolean> {
  const { DomainDescription: d } = await idp.send(new DescribeUserPoolDomainCommand({ Domain: prefix }));
  return !d?.UserPoolId;
}

export async function createPrefixDomain(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  prefix: string,
): Promise<void> {
  if (!(await isPrefixAvailable(idp, prefix))) {
    throw new AppError('CONFLICT', `The domain prefix "${prefix}" is taken in this region.`, {
      hint: 'Prefixes are unique per region across all AWS accounts: choose another.',
    });
  }
  await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: prefix }));
}

/** A custom domain served by CloudFront with the given ACM certificate; the DNS alias must then point at CloudFront. */
export async function createCustomDomain(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  domain: string,
  certificateArn: string,
): Promise<void> {
  const current = await poolDomainName(idp, userPoolId);
  if (current.custom) {
    throw new AppError('CONFLICT', `The pool already has the custom domain ${current.domain ?? ''}.`, {
      hint: 'Delete it first, or update its certificate.',
    });
  }
  await idp.send(
    new CreateUserPoolDomainCommand({
      UserPoolId: userPoolId,
      Domain: domain,
      CustomDomainConfig: { CertificateArn: certificateArn },
    }),
  );
}

/** Swaps the certificate of the pool's custom domain, keeping its managed login version (the update takes it too). */
export async function updateDomainCertificate(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  certificateArn: string,
): Promise<void> {
  const { domain, custom } = await poolDomainName(idp, userPoolId);
  if (!domain || !custom)
    throw new AppError('NOT_FOUND', 'The pool has no custom domain whose certificate could change.');
  const { DomainDescription: d } = await idp.send(new DescribeUserPoolDomainCommand({ Domain: domain }));
  await idp.send(
    new UpdateUserPoolDomainCommand({
      UserPoolId: userPoolId,
      Domain: domain,
      CustomDomainConfig: { CertificateArn: certificateArn },
      ...(d?.ManagedLoginVersion ? { ManagedLoginVersion: d.ManagedLoginVersion } : {}),
    }),
  );
}

/**
 * Deletes one of the pool's domains (a pool can hold a prefix and a custom domain); `domain` is what the user typed
 * to confirm, so a domain the pool does not have deletes nothing.
 */
export async function deletePoolDomain(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  domain: string,
): Promise<void> {
  const { UserPool: pool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
  if (!pool) throw new AppError('NOT_FOUND', `User pool ${userPoolId} does not exist.`);
  const own = [pool.CustomDomain, pool.Domain].filter((d): d is string => Boolean(d));
  if (!own.includes(domain)) {
    const has = own.length > 0 ? `its domain is ${own.join(' and ')}` : 'it has none';
    throw new AppError(
      'NOT_FOUND',
      `User pool ${pool.Name ?? userPoolId} has no domain ${domain} (${has}); nothing was deleted.`,
    );
  }
  await idp.send(new DeleteUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: domain }));
}
