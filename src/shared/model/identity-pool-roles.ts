import { z } from 'zod';
import { iamRoleArnSchema } from './identity-pool-settings';

/** GetIdentityPoolRoles / SetIdentityPoolRoles, with the API reference's limits. */

export const MATCH_TYPES = ['Equals', 'Contains', 'StartsWith', 'NotEqual'] as const;
export const AMBIGUOUS_RESOLUTIONS = ['AuthenticatedRole', 'Deny'] as const;
export const MAPPING_TYPES = ['Token', 'Rules'] as const;
/** RulesConfiguration.Rules holds 1 to 25 rules. */
export const MAX_RULES = 25;

export const mappingRuleSchema = z
  .object({
    Claim: z
      .string()
      .min(1, 'Enter a claim')
      .max(64, 'At most 64 characters')
      .regex(/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, 'No spaces in a claim name'),
    MatchType: z.enum(MATCH_TYPES),
    Value: z.string().min(1, 'Enter a value').max(128, 'At most 128 characters'),
    RoleARN: iamRoleArnSchema,
  })
  .strict();
export type MappingRule = z.infer<typeof mappingRuleSchema>;

export const roleMappingSchema = z
  .object({
    Type: z.enum(MAPPING_TYPES),
    /** Required for both types: what happens when no rule matches or the token names no (or several) roles. */
    AmbiguousRoleResolution: z.enum(AMBIGUOUS_RESOLUTIONS),
    RulesConfiguration: z
      .object({
        Rules: z.array(mappingRuleSchema).min(1, 'Add at least one rule').max(MAX_RULES, `At most ${MAX_RULES} rules`),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.Type === 'Rules' && !m.RulesConfiguration) {
      ctx.addIssue({ code: 'custom', path: ['RulesConfiguration'], message: 'Rules mapping needs at least one rule' });
    }
  });
export type RoleMapping = z.infer<typeof roleMappingSchema>;

/** The key of a role mapping: a social provider host, or `cognito-idp.<region>.amazonaws.com/<pool>:<client>`. */
export const mappingProviderSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\w.:/-]+$/, 'Not an identity provider name');

export const identityPoolRolesSchema = z
  .object({
    authenticatedRoleArn: iamRoleArnSchema.optional(),
    unauthenticatedRoleArn: iamRoleArnSchema.optional(),
    roleMappings: z
      .record(mappingProviderSchema, roleMappingSchema)
      .refine((m) => Object.keys(m).length <= 10, 'At most 10 role mappings'),
  })
  .strict();
export type IdentityPoolRoles = z.infer<typeof identityPoolRolesSchema>;

/** What GetIdentityPoolRoles answered, checked loosely: a response is not refused for a role the form would refuse. */
export const identityPoolRolesViewSchema = z.object({
  authenticatedRoleArn: z.string().optional(),
  unauthenticatedRoleArn: z.string().optional(),
  roleMappings: z.record(
    z.string(),
    z.object({
      Type: z.enum(MAPPING_TYPES),
      AmbiguousRoleResolution: z.enum(AMBIGUOUS_RESOLUTIONS),
      RulesConfiguration: z
        .object({
          Rules: z.array(
            z.object({ Claim: z.string(), MatchType: z.string(), Value: z.string(), RoleARN: z.string() }),
          ),
        })
        .optional(),
    }),
  ),
});
