import { z } from 'zod';
import { configChangeSchema } from './pool-config';

/**
 * What CreateIdentityPool and UpdateIdentityPool take, with the API reference's lengths and patterns, so bad input
 * stops at the IPC boundary (and in the form, as you type) before any AWS call.
 */

export const identityPoolNameSchema = z
  .string()
  .min(1, 'Enter a name')
  .max(128, 'At most 128 characters')
  .regex(/^[\w\s+=,.@-]+$/, 'Letters, digits, spaces and + = , . @ _ - only');

/** The five social providers SupportedLoginProviders accepts, keyed as the API names them. */
export const SOCIAL_PROVIDERS = [
  { key: 'graph.facebook.com', label: 'Facebook', idLabel: 'App ID' },
  { key: 'accounts.google.com', label: 'Google', idLabel: 'Client ID' },
  { key: 'www.amazon.com', label: 'Login with Amazon', idLabel: 'App ID' },
  { key: 'appleid.apple.com', label: 'Sign in with Apple', idLabel: 'Services ID' },
  { key: 'api.twitter.com', label: 'Twitter', idLabel: 'Consumer key;Consumer secret' },
] as const;
export const SOCIAL_PROVIDER_KEYS = SOCIAL_PROVIDERS.map((p) => p.key) as [string, ...string[]];

const socialAppId = z
  .string()
  .min(1, 'Enter the app id')
  .max(128, 'At most 128 characters')
  .regex(/^[\w.;_/-]+$/, 'Letters, digits and . ; _ / - only');

/** Partitions: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b ... */
const PARTITION = 'arn:aws(?:-[a-z]+)*';
export const OIDC_PROVIDER_ARN = new RegExp(`^${PARTITION}:iam::\\d{12}:oidc-provider/[A-Za-z0-9.-]+(?:/[\\w./-]+)?$`);
export const SAML_PROVIDER_ARN = new RegExp(`^${PARTITION}:iam::\\d{12}:saml-provider/[\\w+=,.@-]{1,128}$`);
export const IAM_ROLE_ARN = new RegExp(`^${PARTITION}:iam::\\d{12}:role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}$`);

const arnOf = (pattern: RegExp, example: string) =>
  z
    .string()
    .min(20, `Not an ARN (for example ${example})`)
    .max(2048, 'At most 2048 characters')
    .regex(pattern, `Not an ARN of this kind (for example ${example})`);

export const oidcProviderArnSchema = arnOf(OIDC_PROVIDER_ARN, 'arn:aws:iam::123456789012:oidc-provider/example.com');
export const samlProviderArnSchema = arnOf(SAML_PROVIDER_ARN, 'arn:aws:iam::123456789012:saml-provider/MyIdP');
export const iamRoleArnSchema = arnOf(IAM_ROLE_ARN, 'arn:aws:iam::123456789012:role/MyRole');

export const COGNITO_PROVIDER_NAME =
  /^cognito-idp\.([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d{1,2})\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)$/;

export const cognitoProviderInputSchema = z
  .object({
    providerName: z
      .string()
      .max(128, 'At most 128 characters')
      .regex(COGNITO_PROVIDER_NAME, 'Not a user pool provider (cognito-idp.<region>.amazonaws.com/<pool id>)'),
    clientId: z
      .string()
      .min(1, 'Choose an app client')
      .max(128, 'At most 128 characters')
      .regex(/^[\w_]+$/, 'Not an app client id'),
    serverSideTokenCheck: z.boolean(),
  })
  .strict();
export type CognitoProviderInput = z.infer<typeof cognitoProviderInputSchema>;

export const developerProviderNameSchema = z
  .string()
  .min(1, 'Enter a name')
  .max(128, 'At most 128 characters')
  .regex(/^[\w._-]+$/, 'Letters, digits and . _ - only (for example login.mycompany.myapp)');

const tagKey = z.string().min(1, 'Enter a tag key').max(128, 'At most 128 characters');
const tagValue = z.string().max(256, 'At most 256 characters');

const unique = (values: string[]) => new Set(values).size === values.length;

/** Every field UpdateIdentityPool replaces; CreateIdentityPool takes the same plus the developer provider and tags. */
export const identityPoolSettingsSchema = z
  .object({
    name: identityPoolNameSchema,
    allowUnauthenticated: z.boolean(),
    allowClassicFlow: z.boolean(),
    cognitoProviders: z
      .array(cognitoProviderInputSchema)
      .max(50, 'At most 50 user pool providers')
      .refine((ps) => unique(ps.map((p) => `${p.providerName}:${p.clientId}`)), 'Each pool and client only once'),
    supportedLoginProviders: z
      .partialRecord(z.enum(SOCIAL_PROVIDER_KEYS), socialAppId)
      .refine((m) => Object.keys(m).length <= 10, 'At most 10 social providers'),
    openIdConnectProviderArns: z.array(oidcProviderArnSchema).max(50).refine(unique, 'Each ARN only once'),
    samlProviderArns: z.array(samlProviderArnSchema).max(50).refine(unique, 'Each ARN only once'),
  })
  .strict();
export type IdentityPoolSettings = z.infer<typeof identityPoolSettingsSchema>;

export const identityPoolCreateSchema = identityPoolSettingsSchema
  .extend({
    /** Fixed once the pool exists: UpdateIdentityPool cannot change it. */
    developerProviderName: developerProviderNameSchema.optional(),
    tags: z
      .record(tagKey, tagValue)
      .refine((t) => Object.keys(t).length <= 50, 'At most 50 tags')
      .optional(),
  })
  .strict();
export type IdentityPoolCreate = z.infer<typeof identityPoolCreateSchema>;

/** An edit names only the fields the user changed; the service merges it onto a fresh describe. */
export const identityPoolEditSchema = identityPoolSettingsSchema
  .partial()
  .strict()
  .refine((e) => Object.keys(e).length > 0, 'Nothing to change');
export type IdentityPoolEdit = z.infer<typeof identityPoolEditSchema>;

export const identityPoolUpdateResultSchema = z.object({
  changes: z.array(configChangeSchema),
  /** Fields the endpoint answered with a different value than was sent (it did not keep them). */
  notKept: z.array(z.string()),
});
export type IdentityPoolUpdateResult = z.infer<typeof identityPoolUpdateResultSchema>;

export const SETTING_LABELS: Record<keyof IdentityPoolSettings, string> = {
  name: 'Name',
  allowUnauthenticated: 'Guest access (unauthenticated identities)',
  allowClassicFlow: 'Basic (classic) flow',
  cognitoProviders: 'Cognito user pool providers',
  supportedLoginProviders: 'Social providers',
  openIdConnectProviderArns: 'OpenID Connect providers',
  samlProviderArns: 'SAML providers',
};
