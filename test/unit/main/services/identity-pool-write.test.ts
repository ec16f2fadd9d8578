import {
  CognitoIdentityClient,
  DescribeIdentityPoolCommand,
  UpdateIdentityPoolCommand,
} from '@aws-sdk/client-cognito-identity';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { updateIdentityPool } from '../../../../src/main/services/identity-pool-write';
import { identityPoolCreateSchema } from '../../../../src/shared/model/identity-pool-settings';

// moto keeps the old name on UpdateIdentityPool: the rename is proven here against the API reference's shapes
// (https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UpdateIdentityPool.html).
const POOL = 'eu-west-1:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const DESCRIBED = {
  IdentityPoolId: POOL,
  IdentityPoolName: 'demo_identities',
  AllowUnauthenticatedIdentities: true,
  AllowClassicFlow: false,
  CognitoIdentityProviders: [
    {
      ProviderName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Other1',
      ClientId: '1example23456789',
      ServerSideTokenCheck: true,
    },
  ],
  SupportedLoginProviders: { 'accounts.google.com': '123.apps.googleusercontent.com' },
  DeveloperProviderName: 'login.example.app',
  OpenIdConnectProviderARNs: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
  SamlProviderARNs: [],
  IdentityPoolTags: { team: 'identity' },
};

describe('updateIdentityPool (aws-sdk-client-mock)', () => {
  const identity = mockClient(CognitoIdentityClient);
  const idp = mockClient(CognitoIdentityProviderClient);
  beforeEach(() => {
    identity.reset();
    idp.reset();
  });
  const clients = () =>
    [
      new CognitoIdentityClient({ region: 'eu-west-1' }),
      new CognitoIdentityProviderClient({ region: 'eu-west-1' }),
    ] as const;

  it('renames by sending every field from a fresh describe, the create-only developer provider and tags included', async () => {
    identity.on(DescribeIdentityPoolCommand).resolves(DESCRIBED);
    identity.on(UpdateIdentityPoolCommand).callsFake((input: object) => ({ ...input }));
    const [ci, cip] = clients();
    const result = await updateIdentityPool(ci, cip, 'eu-west-1', POOL, { name: 'renamed', allowClassicFlow: true });
    expect(result).toEqual({
      changes: [
        { path: 'name', label: 'Name', before: 'demo_identities', after: 'renamed' },
        { path: 'allowClassicFlow', label: 'Basic (classic) flow', before: false, after: true },
      ],
      notKept: [],
    });
    expect(identity.commandCalls(UpdateIdentityPoolCommand)[0]?.args[0].input).toEqual({
      ...DESCRIBED,
      IdentityPoolName: 'renamed',
      AllowClassicFlow: true,
    });
    // The provider is in another region: nothing to check with this region's client.
    expect(idp.calls()).toHaveLength(0);
  });

  it('reports fields the answer does not echo as sent', async () => {
    identity.on(DescribeIdentityPoolCommand).resolves(DESCRIBED);
    identity.on(UpdateIdentityPoolCommand).resolves(DESCRIBED);
    const [ci, cip] = clients();
    const result = await updateIdentityPool(ci, cip, 'eu-west-1', POOL, { name: 'renamed' });
    expect(result.notKept).toEqual(['Name']);
  });

  it('sends nothing when the edit changes nothing', async () => {
    identity.on(DescribeIdentityPoolCommand).resolves(DESCRIBED);
    const [ci, cip] = clients();
    expect(await updateIdentityPool(ci, cip, 'eu-west-1', POOL, { allowUnauthenticated: true })).toEqual({
      changes: [],
      notKept: [],
    });
    expect(identity.commandCalls(UpdateIdentityPoolCommand)).toHaveLength(0);
  });
});

describe('create input schema', () => {
  const valid = {
    name: 'my identities',
    allowUnauthenticated: false,
    allowClassicFlow: false,
    cognitoProviders: [],
    supportedLoginProviders: {},
    openIdConnectProviderArns: [],
    samlProviderArns: [],
  };
  const ok = (patch: object) => identityPoolCreateSchema.safeParse({ ...valid, ...patch }).success;

  it('takes the API pattern and length for the name', () => {
    expect(ok({})).toBe(true);
    expect(ok({ name: 'a+b=c,d.e@f-g_h' })).toBe(true);
    expect(ok({ name: 'n'.repeat(128) })).toBe(true);
    for (const name of ['', 'n'.repeat(129), 'slash/name', 'colon:name', 'emoji\u{1F600}'])
      expect(ok({ name })).toBe(false);
  });

  it('validates OIDC and SAML provider ARNs by kind, and social providers by the five known keys', () => {
    expect(ok({ openIdConnectProviderArns: ['arn:aws:iam::123456789012:oidc-provider/accounts.example.com/x'] })).toBe(
      true,
    );
    expect(ok({ openIdConnectProviderArns: ['arn:aws:iam::123456789012:saml-provider/Corp'] })).toBe(false);
    expect(ok({ samlProviderArns: ['arn:aws:iam::123456789012:saml-provider/Corp'] })).toBe(true);
    expect(ok({ samlProviderArns: ['arn:aws:iam::123456789012:oidc-provider/x.com'] })).toBe(false);
    expect(ok({ samlProviderArns: ['arn:aws:iam::1234:saml-provider/Corp'] })).toBe(false);
    expect(ok({ supportedLoginProviders: { 'appleid.apple.com': 'com.example.app' } })).toBe(true);
    expect(ok({ supportedLoginProviders: { 'login.example.com': 'x' } })).toBe(false);
    expect(ok({ developerProviderName: 'login.example.app' })).toBe(true);
    expect(ok({ developerProviderName: 'has space' })).toBe(false);
  });

  it('needs a provider name of the cognito-idp form and a client id', () => {
    const provider = {
      providerName: 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz',
      clientId: '1example23456789',
      serverSideTokenCheck: true,
    };
    expect(ok({ cognitoProviders: [provider] })).toBe(true);
    expect(ok({ cognitoProviders: [provider, provider] })).toBe(false);
    expect(ok({ cognitoProviders: [{ ...provider, providerName: 'eu-west-1_AbC123xyz' }] })).toBe(false);
    expect(ok({ cognitoProviders: [{ ...provider, clientId: '' }] })).toBe(false);
  });
});
