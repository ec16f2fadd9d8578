import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateUserPoolDomainCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type { PoolDomain } from '../../shared/model/pool-domain';
import { domainBaseUrl } from '../../shared/model/pool-domain';
import { describeAppClient, listAppClients } from './pool-clients';

/** The pool's domain, its status, and a managed login URL for each client that can use it. */
export async function describePoolDomain(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  region: string,
): Promise<PoolDomain> {
  const { UserPool: pool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
  const custom = Boolean(pool?.CustomDomain);
  const domain = pool?.CustomDomain ?? pool?.Domain;
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
