import { describe, expect, it } from 'vitest';
import {
  createOf,
  draftOf,
  emptyDraft,
  problemsOf,
} from '../../../../src/renderer/features/identity-pools/identity-pool-draft';
import type { RolesDraft } from '../../../../src/renderer/features/identity-pools/roles-draft';
import {
  mappingProviders,
  rolesDraftOf,
  rolesOf,
  rolesProblems,
} from '../../../../src/renderer/features/identity-pools/roles-draft';
import type { IdentityPoolDetail } from '../../../../src/shared/model/identity-pools';

const ROLE = 'arn:aws:iam::123456789012:role/Admins';
const POOL: IdentityPoolDetail = {
  id: 'eu-west-1:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  name: 'demo',
  allowUnauthenticated: false,
  allowClassicFlow: true,
  cognitoProviders: [
    {
      providerName: 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz',
      clientId: '1example23456789',
      serverSideTokenCheck: true,
    },
  ],
  supportedLoginProviders: { 'accounts.google.com': 'g-id' },
  openIdConnectProviderArns: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
  samlProviderArns: [],
  developerProviderName: 'login.example.app',
  tags: { team: 'a' },
};

describe('identity pool form draft', () => {
  it('round-trips a described pool into the create request, lists as lines and tags as key=value', () => {
    expect(createOf(draftOf(POOL))).toEqual({
      name: 'demo',
      allowUnauthenticated: false,
      allowClassicFlow: true,
      cognitoProviders: [
        {
          providerName: 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz',
          clientId: '1example23456789',
          serverSideTokenCheck: true,
        },
      ],
      supportedLoginProviders: { 'accounts.google.com': 'g-id' },
      openIdConnectProviderArns: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
      samlProviderArns: [],
      developerProviderName: 'login.example.app',
      tags: { team: 'a' },
    });
  });

  it('puts each problem on its field, naming the bad line of an ARN list', () => {
    const draft = {
      ...emptyDraft(),
      name: 'bad/name',
      saml: 'arn:aws:iam::123456789012:saml-provider/Ok\narn:aws:iam::1:saml-provider/x',
      social: { 'graph.facebook.com': 'has space' },
      developerProviderName: 'has space',
    };
    const problems = problemsOf(draft);
    expect(Object.keys(problems).sort()).toEqual([
      'developerProviderName',
      'name',
      'saml',
      'social.graph.facebook.com',
    ]);
    expect(problems.saml).toMatch(/\(line 2\)$/);
    expect(problemsOf({ ...emptyDraft(), name: 'fine name' })).toEqual({});
  });
});

describe('roles form draft', () => {
  const draft: RolesDraft = {
    authenticated: ROLE,
    unauthenticated: '',
    mappings: [
      {
        provider: 'accounts.google.com',
        Type: 'Rules',
        AmbiguousRoleResolution: 'Deny',
        rules: [{ Claim: 'email', MatchType: 'Equals', Value: 'a@example.com', RoleARN: ROLE }],
      },
      { provider: 'login.example.com', Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole', rules: [] },
    ],
  };

  it('builds the whole SetIdentityPoolRoles state and reads it back', () => {
    const roles = rolesOf(draft);
    expect(roles).toEqual({
      authenticatedRoleArn: ROLE,
      roleMappings: {
        'accounts.google.com': {
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          RulesConfiguration: { Rules: draft.mappings[0]?.rules },
        },
        'login.example.com': { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' },
      },
    });
    expect(rolesDraftOf(roles)).toEqual(draft);
    expect(rolesProblems(draft)).toEqual({});
  });

  it('flags a bad role ARN, a rule field, a Rules mapping without rules and a duplicate provider', () => {
    const bad: RolesDraft = {
      authenticated: 'arn:aws:iam::123456789012:user/bob',
      unauthenticated: '',
      mappings: [
        {
          provider: 'accounts.google.com',
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          rules: [{ Claim: 'email', MatchType: 'Equals', Value: '', RoleARN: ROLE }],
        },
        { provider: 'login.example.com', Type: 'Rules', AmbiguousRoleResolution: 'Deny', rules: [] },
        { provider: 'login.example.com', Type: 'Token', AmbiguousRoleResolution: 'Deny', rules: [] },
      ],
    };
    const problems = rolesProblems(bad);
    expect(problems.authenticated).toMatch(/Not an ARN/);
    expect(problems['mapping.0.rule.0.Value']).toBe('Enter a value');
    expect(problems['mapping.2']).toBe('This provider already has a mapping');
  });

  it('offers each Cognito provider as pool:client, each social host and each OIDC host as a mapping key', () => {
    expect(mappingProviders(POOL)).toEqual([
      'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz:1example23456789',
      'accounts.google.com',
      'login.example.com',
    ]);
  });
});
