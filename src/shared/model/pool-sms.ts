import { z } from 'zod';

/** The IAM role Cognito assumes to publish SMS through SNS (SmsConfigurationType.SnsCallerArn). */
export const iamRoleArnSchema = z
  .string()
  .max(2048, 'An ARN is at most 2048 characters')
  .regex(
    /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
    'Not an IAM role ARN (arn:aws:iam::<account id>:role/<name>)',
  );

/** What the role's trust policy expects as sts:ExternalId: IAM takes 2 to 1,224 of these characters. */
export const externalIdSchema = z
  .string()
  .min(2, 'An external id has at least 2 characters')
  .max(1224, 'An external id is at most 1,224 characters')
  .regex(/^[\w+=,.@:/-]+$/, 'An external id holds letters, digits and + = , . @ : / - _ only');

export const snsRegionSchema = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'Not an AWS region (for example us-east-1)');

/**
 * How the pool sends SMS. null removes a field (the merge drops it); the role is what the others hang on, so it
 * cannot be removed while an external id or SNS region is set in the same edit. The merged result is checked in main.
 */
export const smsConfigurationEditSchema = z
  .object({
    SnsCallerArn: iamRoleArnSchema.nullable(),
    ExternalId: externalIdSchema.nullable(),
    SnsRegion: snsRegionSchema.nullable(),
  })
  .partial()
  .strict()
  .refine((s) => s.SnsCallerArn !== null || (!s.ExternalId && !s.SnsRegion), {
    message: 'An external id or SNS region needs the IAM role too',
    path: ['SnsCallerArn'],
  });

/** SMS settings of a new pool: nothing to remove, and the role is required (SmsConfigurationType). */
export const smsConfigurationCreateSchema = z
  .object({
    SnsCallerArn: iamRoleArnSchema,
    ExternalId: externalIdSchema.optional(),
    SnsRegion: snsRegionSchema.optional(),
  })
  .strict();
