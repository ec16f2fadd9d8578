import type { CognitoIdentityClient, RoleMapping as WireMapping } from '@aws-sdk/client-cognito-identity';
import { GetIdentityPoolRolesCommand, SetIdentityPoolRolesCommand } from '@aws-sdk/client-cognito-identity';
import type { IdentityPoolRoles, RoleMapping } from '../../shared/model/identity-pool-roles';

function mappingOf(m: WireMapping): RoleMapping {
  const rules = m.RulesConfiguration?.Rules ?? [];
  return {
    Type: m.Type === 'Rules' ? 'Rules' : 'Token',
    AmbiguousRoleResolution: m.AmbiguousRoleResolution === 'Deny' ? 'Deny' : 'AuthenticatedRole',
    ...(m.Type === 'Rules'
      ? {
          RulesConfiguration: {
            Rules: rules.map((r) => ({
              Claim: r.Claim ?? '',
              MatchType: r.MatchType ?? 'Equals',
              Value: r.Value ?? '',
              RoleARN: r.RoleARN ?? '',
            })),
          },
        }
      : {}),
  };
}

/** The pool's roles: `Roles.authenticated` / `Roles.unauthenticated` and the role mappings per provider. */
export async function getIdentityPoolRoles(
  identity: CognitoIdentityClient,
  identityPoolId: string,
): Promise<IdentityPoolRoles> {
  const answer = await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId }));
  const roles = answer.Roles ?? {};
  return {
    ...(roles.authenticated ? { authenticatedRoleArn: roles.authenticated } : {}),
    ...(roles.unauthenticated ? { unauthenticatedRoleArn: roles.unauthenticated } : {}),
    roleMappings: Object.fromEntries(Object.entries(answer.RoleMappings ?? {}).map(([k, m]) => [k, mappingOf(m)])),
  };
}

/**
 * SetIdentityPoolRoles replaces both the roles and every mapping: the request is the whole wanted state, and a
 * mapping or role left out is removed. A Token mapping carries no rules (the API refuses RulesConfiguration on it).
 */
export async function setIdentityPoolRoles(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  roles: IdentityPoolRoles,
): Promise<IdentityPoolRoles> {
  const mappings = Object.entries(roles.roleMappings).map(([provider, m]): [string, WireMapping] => [
    provider,
    {
      Type: m.Type,
      AmbiguousRoleResolution: m.AmbiguousRoleResolution,
      ...(m.Type === 'Rules' && m.RulesConfiguration ? { RulesConfiguration: m.RulesConfiguration } : {}),
    },
  ]);
  await identity.send(
    new SetIdentityPoolRolesCommand({
      IdentityPoolId: identityPoolId,
      Roles: {
        ...(roles.authenticatedRoleArn ? { authenticated: roles.authenticatedRoleArn } : {}),
        ...(roles.unauthenticatedRoleArn ? { unauthenticated: roles.unauthenticatedRoleArn } : {}),
      },
      RoleMappings: Object.fromEntries(mappings),
    }),
  );
  return getIdentityPoolRoles(identity, identityPoolId);
}
