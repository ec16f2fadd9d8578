import { z } from 'zod';

export const EMAIL_SENDING_ACCOUNTS = ['COGNITO_DEFAULT', 'DEVELOPER'] as const;

/** An SES identity ARN: the FROM address of a pool must be a verified SES identity. */
export const sesIdentityArnSchema = z
  .string()
  .max(2048)
  .regex(
    /^arn:aws[a-z-]*:ses:[a-z]{2}(-[a-z]+)+-\d:\d{12}:identity\/\S+$/,
    'Not an SES identity ARN (arn:aws:ses:<region>:<account id>:identity/<email or domain>)',
  );

/**
 * How the pool sends email. Cognito's own sender is for testing (50 emails a day); DEVELOPER sends through the
 * account's SES with full control, and then needs the SES identity.
 */
export const emailConfigurationEditSchema = z
  .object({
    EmailSendingAccount: z.enum(EMAIL_SENDING_ACCOUNTS),
    SourceArn: sesIdentityArnSchema,
    From: z.string().max(320, 'A FROM address is at most 320 characters'),
    ReplyToEmailAddress: z.email('Not an email address').max(320),
    ConfigurationSet: z
      .string()
      .max(64, 'A configuration set name is at most 64 characters')
      .regex(/^[\w-]*$/, 'A configuration set name holds letters, digits, _ and - only'),
  })
  .partial()
  .strict()
  .refine((e) => e.EmailSendingAccount !== 'DEVELOPER' || Boolean(e.SourceArn), {
    message: 'Sending through SES needs the SES identity (FROM) chosen',
    path: ['SourceArn'],
  });
