import { z } from 'zod';

export const identityPoolIdSchema = z
  .string()
  .max(55, 'An identity pool id is at most 55 characters')
  .regex(/^[\w-]+:[0-9a-f-]+$/, 'Not an identity pool id (for example eu-west-1:1a2b3c4d-...)');

export const identityPoolSummarySchema = z.object({ id: identityPoolIdSchema, name: z.string() });
export type IdentityPoolSummary = z.infer<typeof identityPoolSummarySchema>;

export const cognitoProviderSchema = z.object({
  providerName: z.string(),
  clientId: z.string().optional(),
  serverSideTokenCheck: z.boolean(),
  /** Parsed from providerName `cognito-idp.<region>.amazonaws.com/<poolId>`. */
  userPoolId: z.string().optional(),
  region: z.string().optional(),
  /** False when no user pool with that id exists in the profile's region: a typo or a deleted pool. */
  matchesPool: z.boolean().optional(),
  /** False when the pool exists but has no app client with that id. */
  matchesClient: z.boolean().optional(),
});
export type CognitoProvider = z.infer<typeof cognitoProviderSchema>;

export const identityPoolDetailSchema = z.object({
  id: identityPoolIdSchema,
  name: z.string(),
  allowUnauthenticated: z.boolean(),
  allowClassicFlow: z.boolean(),
  cognitoProviders: z.array(cognitoProviderSchema),
  supportedLoginProviders: z.record(z.string(), z.string()),
  openIdConnectProviderArns: z.array(z.string()),
  samlProviderArns: z.array(z.string()),
  developerProviderName: z.string().optional(),
  tags: z.record(z.string(), z.string()),
});
export type IdentityPoolDetail = z.infer<typeof identityPoolDetailSchema>;
