import {
  CognitoIdentityClient,
  GetIdentityPoolRolesCommand,
  SetIdentityPoolRolesCommand,
} from '@aws-sdk/client-cognito-identity';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { getIdentityPoolRoles, setIdentityPoolRoles } from '../../../../src/main/services/identity-pool-roles';
import { identityPoolRolesSchema } from '../../../../src/shared/model/identity-pool-roles';

// No emulator implements Get/SetIdentityPoolRoles: these answers are shaped as in the API reference
// (https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetIdentityPoolRoles.html).
const POOL = 'eu-west-1:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const AUTH = 'arn:aws:iam::123456789012:role/Cognito_demoAuth_Role';
const GUEST = 'arn:aws:iam::123456789012:role/Cognito_demoUnauth_Role';
const ADMIN = 'arn:aws:iam::123456789012:role/service-role/Admins';
const COGNITO = 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz:1example23456789';

const API_ANSWER = {
  IdentityPoolId: POOL,
  Roles: { authenticated: AUTH, unauthenticated: GUEST },
  RoleMappings: {
    [COGNITO]: {
      Type: 'Rules' as const,
      AmbiguousRoleResolution: 'Deny' as const,
      RulesConfiguration: {
        Rules: [{ Claim: 'cognito:groups', MatchType: 'Contains' as const, Value: 'admins', RoleARN: ADMIN }],
      },
    },
    'accounts.google.com': { Type: 'Token' as const, AmbiguousRoleResolution: 'AuthenticatedRole' as const },
  },
};

describe('identity pool roles (aws-sdk-client-mock, API reference shapes)', () => {
  const identity = mockClient(CognitoIdentityClient);
  beforeEach(() => identity.reset());
  const client = () => new CognitoIdentityClient({ region: 'eu-west-1' });

  it('reads both roles and every mapping: Token without rules, Rules with claim/match/value/role', async () => {
    identity.on(GetIdentityPoolRolesCommand, { IdentityPoolId: POOL }).resolves(API_ANSWER);
    expect(await getIdentityPoolRoles(client(), POOL)).toEqual({
      authenticatedRoleArn: AUTH,
      unauthenticatedRoleArn: GUEST,
      roleMappings: {
        [COGNITO]: {
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          RulesConfiguration: {
            Rules: [{ Claim: 'cognito:groups', MatchType: 'Contains', Value: 'admins', RoleARN: ADMIN }],
          },
        },
        'accounts.google.com': { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' },
      },
    });
  });

  it('reads a pool with no roles set as empty', async () => {
    identity.on(GetIdentityPoolRolesCommand).resolves({ IdentityPoolId: POOL });
    expect(await getIdentityPoolRoles(client(), POOL)).toEqual({ roleMappings: {} });
  });

  it('sends the whole wanted state to SetIdentityPoolRoles, a Token mapping without RulesConfiguration', async () => {
    identity.on(SetIdentityPoolRolesCommand).resolves({});
    identity.on(GetIdentityPoolRolesCommand).resolves(API_ANSWER);
    const back = await setIdentityPoolRoles(client(), POOL, {
      authenticatedRoleArn: AUTH,
      roleMappings: {
        [COGNITO]: {
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          RulesConfiguration: {
            Rules: [{ Claim: 'cognito:groups', MatchType: 'Contains', Value: 'admins', RoleARN: ADMIN }],
          },
        },
        'accounts.google.com': {
          Type: 'Token',
          AmbiguousRoleResolution: 'AuthenticatedRole',
          RulesConfiguration: { Rules: [{ Claim: 'x', MatchType: 'Equals', Value: 'y', RoleARN: ADMIN }] },
        },
      },
    });
    expect(identity.commandCalls(SetIdentityPoolRolesCommand)[0]?.args[0].input).toEqual({
      IdentityPoolId: POOL,
      Roles: { authenticated: AUTH },
      RoleMappings: {
        [COGNITO]: {
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          RulesConfiguration: {
            Rules: [{ Claim: 'cognito:groups', MatchType: 'Contains', Value: 'admins', RoleARN: ADMIN }],
          },
        },
        'accounts.google.com': { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' },
      },
    });
    expect(back.unauthenticatedRoleArn).toBe(GUEST);
  });
});

describe('roles input schema', () => {
  const rule = { Claim: 'email', MatchType: 'Equals', Value: 'a@example.com', RoleARN: ADMIN };
  const rules = (n: number) => ({
    roleMappings: {
      'graph.facebook.com': {
        Type: 'Rules',
        AmbiguousRoleResolution: 'Deny',
        RulesConfiguration: { Rules: Array.from({ length: n }, () => rule) },
      },
    },
  });

  it('accepts 25 rules and refuses 26', () => {
    expect(identityPoolRolesSchema.safeParse(rules(25)).success).toBe(true);
    expect(identityPoolRolesSchema.safeParse(rules(26)).success).toBe(false);
  });

  it('refuses a Rules mapping without rules, an unknown match type, and a role ARN that is not an IAM role', () => {
    const noRules = { roleMappings: { x: { Type: 'Rules', AmbiguousRoleResolution: 'Deny' } } };
    expect(identityPoolRolesSchema.safeParse(noRules).success).toBe(false);
    const badMatch = rules(1);
    badMatch.roleMappings['graph.facebook.com'].RulesConfiguration.Rules = [{ ...rule, MatchType: 'Regex' }];
    expect(identityPoolRolesSchema.safeParse(badMatch).success).toBe(false);
    for (const arn of ['arn:aws:iam::123456789012:user/bob', 'arn:aws:iam::12345:role/x', 'Admins']) {
      expect(identityPoolRolesSchema.safeParse({ authenticatedRoleArn: arn, roleMappings: {} }).success).toBe(false);
    }
    expect(
      identityPoolRolesSchema.safeParse({
        authenticatedRoleArn: 'arn:aws-cn:iam::123456789012:role/x',
        roleMappings: {},
      }).success,
    ).toBe(true);
  });
});
