import type { IdentityPoolRoles, MappingRule } from '../../../shared/model/identity-pool-roles';
import { identityPoolRolesSchema } from '../../../shared/model/identity-pool-roles';
import type { IdentityPoolDetail } from '../../../shared/model/identity-pools';

export interface MappingDraft {
  provider: string;
  Type: 'Token' | 'Rules';
  AmbiguousRoleResolution: 'AuthenticatedRole' | 'Deny';
  rules: MappingRule[];
}

export interface RolesDraft {
  authenticated: string;
  unauthenticated: string;
  mappings: MappingDraft[];
}

/** What GetIdentityPoolRoles answered, loosely typed (see identityPoolRolesViewSchema). */
export interface RolesView {
  authenticatedRoleArn?: string;
  unauthenticatedRoleArn?: string;
  roleMappings: Record<
    string,
    {
      Type: 'Token' | 'Rules';
      AmbiguousRoleResolution: 'AuthenticatedRole' | 'Deny';
      RulesConfiguration?: { Rules: { Claim: string; MatchType: string; Value: string; RoleARN: string }[] };
    }
  >;
}

export function rolesDraftOf(view: RolesView): RolesDraft {
  return {
    authenticated: view.authenticatedRoleArn ?? '',
    unauthenticated: view.unauthenticatedRoleArn ?? '',
    mappings: Object.entries(view.roleMappings).map(([provider, m]) => ({
      provider,
      Type: m.Type,
      AmbiguousRoleResolution: m.AmbiguousRoleResolution,
      rules: (m.RulesConfiguration?.Rules ?? []) as MappingRule[],
    })),
  };
}

export function rolesOf(d: RolesDraft): IdentityPoolRoles {
  return {
    ...(d.authenticated.trim() ? { authenticatedRoleArn: d.authenticated.trim() } : {}),
    ...(d.unauthenticated.trim() ? { unauthenticatedRoleArn: d.unauthenticated.trim() } : {}),
    roleMappings: Object.fromEntries(
      d.mappings.map((m) => [
        m.provider,
        {
          Type: m.Type,
          AmbiguousRoleResolution: m.AmbiguousRoleResolution,
          ...(m.Type === 'Rules' ? { RulesConfiguration: { Rules: m.rules } } : {}),
        },
      ]),
    ),
  };
}

/** Problems keyed `authenticated`, `unauthenticated`, `mapping.<i>` and `mapping.<i>.rule.<j>.<field>`. */
export function rolesProblems(d: RolesDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const providers = d.mappings.map((m) => m.provider);
  providers.forEach((p, i) => {
    if (providers.indexOf(p) !== i) problems[`mapping.${i}`] = 'This provider already has a mapping';
  });
  const parsed = identityPoolRolesSchema.safeParse(rolesOf(d));
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues) {
    const [top, provider, , , j, field] = issue.path.map(String);
    if (top === 'authenticatedRoleArn') problems.authenticated ??= issue.message;
    else if (top === 'unauthenticatedRoleArn') problems.unauthenticated ??= issue.message;
    else if (top === 'roleMappings' && provider !== undefined) {
      const i = providers.indexOf(provider);
      const where = j !== undefined && field ? `mapping.${i}.rule.${j}.${field}` : `mapping.${i}`;
      problems[where] ??= issue.message;
    } else problems.mappings ??= issue.message;
  }
  return problems;
}

/** The keys a role mapping can name: each Cognito provider as `<providerName>:<clientId>`, each social host, each OIDC host. */
export function mappingProviders(pool: IdentityPoolDetail): string[] {
  return [
    ...pool.cognitoProviders.map((p) => `${p.providerName}:${p.clientId ?? ''}`),
    ...Object.keys(pool.supportedLoginProviders),
    ...pool.openIdConnectProviderArns.map((arn) => arn.split(':oidc-provider/')[1] ?? arn),
    ...pool.samlProviderArns,
  ];
}
