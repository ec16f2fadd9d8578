import { z } from 'zod';

/** Profile names as the AWS CLI accepts them; the sandbox uses a name no ini file can hold. */
export const profileNameSchema = z
  .string()
  .min(1, 'Choose a profile')
  .max(128, 'Profile names are at most 128 characters')
  .regex(/^[\w .@+=,:/-]+$/, 'A profile name holds letters, digits and _ .@+=,:/- only');

export const regionSchema = z
  .string()
  .regex(/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d{1,2}$/, 'Not an AWS region name (for example eu-west-1)');

export const profileRefSchema = z.object({ profile: profileNameSchema, region: regionSchema }).strict();
export type ProfileRef = z.infer<typeof profileRefSchema>;

export const PROFILE_KINDS = ['sandbox', 'static', 'sso', 'assume-role', 'process', 'web-identity', 'other'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** What the renderer may know about a profile: never a key, secret or token. */
export const profileSummarySchema = z.object({
  name: profileNameSchema,
  kind: z.enum(PROFILE_KINDS),
  region: regionSchema.optional(),
  readOnly: z.boolean(),
  needsMfa: z.boolean(),
  hasCustomEndpoint: z.boolean(),
  isDefault: z.boolean(),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

export const connectionSchema = z.object({
  profile: profileNameSchema,
  region: regionSchema,
  accountId: z.string(),
  arn: z.string(),
  endpoint: z.string().optional(),
});
export type Connection = z.infer<typeof connectionSchema>;

export const SANDBOX_PROFILE = 'Local sandbox';
export const SANDBOX_REGION = 'us-east-1';
