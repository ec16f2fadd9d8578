import { z } from 'zod';

/** A Lambda function ARN, optionally with a version or alias. */
export const functionArnSchema = z
  .string()
  .max(2048, 'An ARN is at most 2048 characters')
  .regex(
    /^arn:aws[a-z-]*:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]{1,128})?$/,
    'Not a Lambda function ARN (arn:aws:lambda:<region>:<account id>:function:<name>)',
  );

/** The customer managed KMS key Cognito encrypts codes and temporary passwords with for custom senders. */
export const kmsKeyArnSchema = z
  .string()
  .max(2048, 'An ARN is at most 2048 characters')
  .regex(
    /^arn:aws[a-z-]*:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:key\/[A-Za-z0-9-]{1,128}$/,
    'Not a KMS key ARN (arn:aws:kms:<region>:<account id>:key/<key id>)',
  );

/** Custom senders take event version V1_0 only (CustomEmailLambdaVersionConfigType / CustomSMSLambdaVersionConfigType). */
const customSenderEditSchema = z
  .object({
    LambdaVersion: z.literal('V1_0', { error: 'Custom senders use event version V1_0' }),
    LambdaArn: functionArnSchema,
  })
  .strict()
  .nullable();

export const PRE_TOKEN_VERSIONS = ['V1_0', 'V2_0', 'V3_0'] as const;

/** V2_0 adds access token customization (Essentials or Plus plan); V3_0 also runs for machine-to-machine tokens. */
const preTokenConfigEditSchema = z
  .object({
    LambdaVersion: z.enum(PRE_TOKEN_VERSIONS, { error: 'Choose event version V1_0, V2_0 or V3_0' }),
    LambdaArn: functionArnSchema,
  })
  .strict()
  .nullable();

/** The LambdaConfig fields beyond the plain ARN slots; null removes one. */
export const extraLambdaConfigEditShape = {
  CustomEmailSender: customSenderEditSchema,
  CustomSMSSender: customSenderEditSchema,
  KMSKeyID: kmsKeyArnSchema.nullable(),
  PreTokenGenerationConfig: preTokenConfigEditSchema,
};

/** The API refuses a custom sender without KMSKeyID: in an edit, removing the key while setting a sender is wrong. */
export function senderWithoutKey(lambda: {
  CustomEmailSender?: unknown;
  CustomSMSSender?: unknown;
  KMSKeyID?: string | null;
}): boolean {
  return Boolean(lambda.CustomEmailSender || lambda.CustomSMSSender) && !lambda.KMSKeyID;
}
