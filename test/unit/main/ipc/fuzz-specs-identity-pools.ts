import type { ChannelName } from '../../../../src/shared/ipc/channels';
import type { ChannelSpec, FieldSpec } from './fuzz-specs';

// Values only (no imports of values from fuzz-specs): that module spreads this one while it is still loading.
const HUGE = 'x'.repeat(200_000);
const ref = { profile: 'default', region: 'eu-west-1' } as const;
const IDENTITY_POOL = 'eu-west-1:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const profile: FieldSpec = { type: 'string', required: true, bad: ['', 'p'.repeat(129), 'line\nbreak', HUGE] };
const region: FieldSpec = { type: 'string', required: true, bad: ['', 'US-EAST-1', 'moon-base-1', HUGE] };
const identityPoolId: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', 'no-colon', 'eu-west-1:XYZ', `eu-west-1:${'a'.repeat(60)}`, HUGE],
};
const ROLE = 'arn:aws:iam::123456789012:role/Cognito_demoAuth_Role';
const PROVIDER = {
  providerName: 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz',
  clientId: '1example23456789',
  serverSideTokenCheck: false,
};
const SETTINGS = {
  name: 'my_identities',
  allowUnauthenticated: false,
  allowClassicFlow: false,
  cognitoProviders: [PROVIDER],
  supportedLoginProviders: { 'accounts.google.com': '123.apps.googleusercontent.com' },
  openIdConnectProviderArns: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
  samlProviderArns: ['arn:aws:iam::123456789012:saml-provider/Corp'],
};
const BAD_SETTINGS = [
  { ...SETTINGS, name: '' },
  { ...SETTINGS, name: 'bad/name' },
  { ...SETTINGS, name: 'n'.repeat(129) },
  { ...SETTINGS, cognitoProviders: [{ ...PROVIDER, providerName: 'eu-west-1_AbC123xyz' }] },
  { ...SETTINGS, cognitoProviders: [{ ...PROVIDER, clientId: '' }] },
  { ...SETTINGS, supportedLoginProviders: { 'evil.example.com': 'x' } },
  { ...SETTINGS, openIdConnectProviderArns: ['arn:aws:iam::123:oidc-provider/x'] },
  { ...SETTINGS, samlProviderArns: ['arn:aws:iam::123456789012:role/NotSaml'] },
];
const edit: FieldSpec = {
  type: 'object',
  required: true,
  bad: [{}, { name: '' }, { IdentityPoolName: 'x' }, { allowClassicFlow: 'yes' }, { samlProviderArns: ['nope'] }],
};
const roles: FieldSpec = {
  type: 'object',
  required: true,
  bad: [
    { roleMappings: {}, authenticatedRoleArn: 'arn:aws:iam::123456789012:user/bob' },
    { roleMappings: { 'graph.facebook.com': { Type: 'Rules', AmbiguousRoleResolution: 'Deny' } } },
    { roleMappings: { 'graph.facebook.com': { Type: 'Token', AmbiguousRoleResolution: 'Maybe' } } },
    {
      roleMappings: {
        'graph.facebook.com': {
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          RulesConfiguration: {
            Rules: Array.from({ length: 26 }, () => ({ Claim: 'c', MatchType: 'Equals', Value: 'v', RoleARN: ROLE })),
          },
        },
      },
    },
  ],
};

/** The identity pool channels, spread into SPECS by fuzz-specs.ts. */
export const IDENTITY_POOL_SPECS = {
  'identityPools:create': {
    valid: { ...ref, pool: { ...SETTINGS, developerProviderName: 'login.example.app', tags: { team: 'a' } } },
    fields: {
      profile,
      region,
      pool: {
        type: 'object',
        required: true,
        bad: [...BAD_SETTINGS, { ...SETTINGS, developerProviderName: 'has space' }],
      },
    },
  },
  'identityPools:preview-update': {
    valid: { ...ref, identityPoolId: IDENTITY_POOL, edit: { allowClassicFlow: true } },
    fields: { profile, region, identityPoolId, edit },
  },
  'identityPools:update': {
    valid: { ...ref, identityPoolId: IDENTITY_POOL, edit: { name: 'renamed', allowClassicFlow: true } },
    fields: { profile, region, identityPoolId, edit },
  },
  'identityPools:get-roles': {
    valid: { ...ref, identityPoolId: IDENTITY_POOL },
    fields: { profile, region, identityPoolId },
  },
  'identityPools:set-roles': {
    valid: {
      ...ref,
      identityPoolId: IDENTITY_POOL,
      roles: {
        authenticatedRoleArn: ROLE,
        roleMappings: {
          'graph.facebook.com': {
            Type: 'Rules',
            AmbiguousRoleResolution: 'AuthenticatedRole',
            RulesConfiguration: { Rules: [{ Claim: 'locale', MatchType: 'StartsWith', Value: 'de', RoleARN: ROLE }] },
          },
        },
      },
    },
    fields: { profile, region, identityPoolId, roles },
  },
} satisfies { [C in ChannelName]?: ChannelSpec<C> };
