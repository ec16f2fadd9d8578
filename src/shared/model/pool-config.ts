import { z } from 'zod';
import { emailConfigurationEditSchema } from './pool-email';
import { signInPolicyEditSchema } from './pool-sign-in';
import { smsConfigurationEditSchema } from './pool-sms';
import { extraLambdaConfigEditShape, functionArnSchema, senderWithoutKey } from './pool-triggers';
import { userPoolIdSchema } from './user-pools';

/**
 * A user pool's configuration as the editor sees it. Editable settings keep the UpdateUserPool field names, so the
 * merge into the full request stays a plain deep merge and a reader can check a field against the API reference.
 * Limits below are the documented ones (Cognito API reference, UpdateUserPool and its types).
 */

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max}`);

const CODE = '{####}';
const USERNAME = '{username}';
const LINK = /\{##[^#]*##\}/;

/** A message field: optional text within a length range that must hold the placeholders Cognito fills in. */
function message(what: string, min: number, max: number, placeholders: readonly string[]) {
  return z
    .string()
    .max(max, `${what} is at most ${max} characters`)
    .refine((text) => text.length >= min, `${what} needs at least ${min} characters`)
    .refine(
      (text) => placeholders.every((p) => text.includes(p)),
      `${what} must contain ${placeholders.join(' and ')} (Cognito replaces ${placeholders.length > 1 ? 'them' : 'it'} when sending)`,
    );
}

const subject = (what: string) =>
  z
    .string()
    .min(1, `${what} cannot be empty`)
    .max(140, `${what} is at most 140 characters`)
    .refine((s) => !/[\r\n]/.test(s), `${what} must be a single line`);

export const passwordPolicyEditSchema = z
  .object({
    MinimumLength: wholeNumber('The minimum password length', 6, 99),
    RequireUppercase: z.boolean(),
    RequireLowercase: z.boolean(),
    RequireNumbers: z.boolean(),
    RequireSymbols: z.boolean(),
    TemporaryPasswordValidityDays: wholeNumber('Temporary password validity (days)', 0, 365),
    PasswordHistorySize: wholeNumber('Password history size', 0, 24),
  })
  .partial()
  .strict();

export const inviteTemplateEditSchema = z
  .object({
    EmailSubject: subject('The invitation email subject'),
    EmailMessage: message('The invitation email message', 1, 20_000, [USERNAME, CODE]),
    SMSMessage: message('The invitation SMS', 1, 140, [USERNAME, CODE]),
  })
  .partial()
  .strict();

export const adminCreateUserEditSchema = z
  .object({
    AllowAdminCreateUserOnly: z.boolean(),
    UnusedAccountValidityDays: wholeNumber('Unused account validity (days)', 0, 365),
    InviteMessageTemplate: inviteTemplateEditSchema,
  })
  .partial()
  .strict();

export const EMAIL_OPTIONS = ['CONFIRM_WITH_CODE', 'CONFIRM_WITH_LINK'] as const;

export const verificationTemplateEditSchema = z
  .object({
    DefaultEmailOption: z.enum(EMAIL_OPTIONS, { error: 'Choose code or link verification' }),
    EmailSubject: subject('The verification email subject'),
    EmailMessage: message('The verification email message', 6, 20_000, [CODE]),
    SmsMessage: message('The verification SMS', 6, 140, [CODE]),
    EmailSubjectByLink: subject('The verification link email subject'),
    EmailMessageByLink: z
      .string()
      .min(6, 'The verification link email message needs at least 6 characters')
      .max(20_000, 'The verification link email message is at most 20,000 characters')
      .refine((t) => LINK.test(t), 'The verification link email message must contain {##Click here##} (any text)'),
  })
  .partial()
  .strict();

export const VERIFIABLE_ATTRIBUTES = ['email', 'phone_number'] as const;
const verifiable = z
  .array(z.enum(VERIFIABLE_ATTRIBUTES, { error: 'Only email and phone_number can be verified' }))
  .max(2)
  .refine((list) => new Set(list).size === list.length, 'List each attribute once');

export const RECOVERY_MECHANISMS = ['verified_email', 'verified_phone_number', 'admin_only'] as const;
export const MFA_MODES = ['OFF', 'ON', 'OPTIONAL'] as const;
export const SECURITY_MODES = ['OFF', 'AUDIT', 'ENFORCED'] as const;
export const USER_POOL_TIERS = ['LITE', 'ESSENTIALS', 'PLUS'] as const;

/** Tag keys are checked on the whole map: zod reports a bad record key only as "Invalid key in record". */
export const tagsEditSchema = z
  .record(z.string(), z.string().max(256, 'A tag value is at most 256 characters'))
  .refine((tags) => Object.keys(tags).every((k) => k.length > 0), 'A tag key cannot be empty')
  .refine((tags) => Object.keys(tags).every((k) => k.length <= 128), 'A tag key is at most 128 characters')
  .refine(
    (tags) => Object.keys(tags).every((k) => !k.toLowerCase().startsWith('aws:')),
    'Tag keys starting with aws: are reserved by AWS',
  )
  .refine((tags) => Object.keys(tags).length <= 50, 'A user pool holds at most 50 tags');

/** The Lambda trigger slots set by a plain function ARN, with when each runs (for the editor). */
export const TRIGGERS = [
  ['PreSignUp', 'Pre sign-up', 'Before a new user is created: accept, reject or auto-confirm the sign-up.'],
  ['PostConfirmation', 'Post confirmation', 'After a user confirms their account: welcome messages, provisioning.'],
  ['PreAuthentication', 'Pre authentication', 'Before each sign-in: deny based on custom checks.'],
  ['PostAuthentication', 'Post authentication', 'After each successful sign-in: logging, analytics.'],
  ['PreTokenGeneration', 'Pre token generation', 'Before tokens are issued: add, change or remove claims and groups.'],
  ['CustomMessage', 'Custom message', 'Before Cognito sends a verification, invitation or MFA message: rewrite it.'],
  [
    'UserMigration',
    'User migration',
    'When an unknown user signs in or resets a password: import them from another store.',
  ],
  ['DefineAuthChallenge', 'Define auth challenge', 'Custom auth flow: decides the next challenge or issues tokens.'],
  ['CreateAuthChallenge', 'Create auth challenge', 'Custom auth flow: builds the challenge the user must answer.'],
  ['VerifyAuthChallengeResponse', 'Verify auth challenge', "Custom auth flow: checks the user's answer."],
] as const;
export type TriggerSlot = (typeof TRIGGERS)[number][0];

/** A Lambda function ARN (optionally with a version or alias); null removes the trigger. */
export const lambdaArnSchema = functionArnSchema.nullable();

const lambdaConfigEditSchema = z
  .object(
    Object.fromEntries(TRIGGERS.map(([slot]) => [slot, lambdaArnSchema])) as Record<
      TriggerSlot,
      typeof lambdaArnSchema
    >,
  )
  .extend(extraLambdaConfigEditShape)
  .partial()
  .strict()
  .refine((l) => !(l.KMSKeyID === null && senderWithoutKey(l)), {
    message: 'A custom email or SMS sender needs the KMS key',
    path: ['KMSKeyID'],
  });

/** What an edit may change. Every part is optional; the service merges what is given into the described pool. */
/** The edit's fields before the "changes something" check; pool-create.ts extends it. */
export const poolEditObject = z
  .object({
    PoolName: z
      .string()
      .min(1, 'The pool name cannot be empty')
      .max(128, 'A pool name is at most 128 characters')
      .regex(/^[\w\s+=,.@-]+$/, 'A pool name holds letters, digits, spaces and + = , . @ - only'),
    Policies: z
      .object({ PasswordPolicy: passwordPolicyEditSchema, SignInPolicy: signInPolicyEditSchema })
      .partial()
      .strict(),
    DeletionProtection: z.enum(['ACTIVE', 'INACTIVE']),
    MfaConfiguration: z.enum(MFA_MODES, { error: 'Choose off, optional or required' }),
    SmsAuthenticationMessage: message('The MFA SMS', 6, 140, [CODE]),
    AutoVerifiedAttributes: verifiable,
    UserAttributeUpdateSettings: z.object({ AttributesRequireVerificationBeforeUpdate: verifiable }).strict(),
    VerificationMessageTemplate: verificationTemplateEditSchema,
    AdminCreateUserConfig: adminCreateUserEditSchema,
    DeviceConfiguration: z
      .object({ ChallengeRequiredOnNewDevice: z.boolean(), DeviceOnlyRememberedOnUserPrompt: z.boolean() })
      .partial()
      .strict(),
    AccountRecoverySetting: z
      .object({
        RecoveryMechanisms: z
          .array(z.object({ Name: z.enum(RECOVERY_MECHANISMS), Priority: wholeNumber('Priority', 1, 2) }).strict())
          .min(1, 'Choose at least one way to recover an account')
          .max(2, 'At most two recovery methods'),
      })
      .strict(),
    UserPoolAddOns: z.object({ AdvancedSecurityMode: z.enum(SECURITY_MODES) }).strict(),
    UserPoolTier: z.enum(USER_POOL_TIERS),
    UserPoolTags: tagsEditSchema,
    LambdaConfig: lambdaConfigEditSchema,
    EmailConfiguration: emailConfigurationEditSchema,
    SmsConfiguration: smsConfigurationEditSchema,
  })
  .partial()
  .strict();

export const poolEditSchema = poolEditObject.refine((edit) => Object.keys(edit).length > 0, 'The edit changes nothing');
export type PoolEdit = z.infer<typeof poolEditSchema>;

/** Detects a pool changed by someone else since it was loaded. */
export const poolVersionSchema = z
  .object({
    lastModifiedAt: z.string().max(64).optional(),
    /** A hash of the editable settings: catches changes within LastModifiedDate's one-second resolution. */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'Not a configuration fingerprint'),
  })
  .strict();
export type PoolVersion = z.infer<typeof poolVersionSchema>;

export const schemaAttributeSchema = z.object({
  name: z.string(),
  dataType: z.string().optional(),
  custom: z.boolean(),
  required: z.boolean(),
  mutable: z.boolean(),
  developerOnly: z.boolean(),
  minLength: z.string().optional(),
  maxLength: z.string().optional(),
  minValue: z.string().optional(),
  maxValue: z.string().optional(),
});
export type SchemaAttribute = z.infer<typeof schemaAttributeSchema>;

/** JSON values only: settings cross IPC and are hashed. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const json: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]),
);

export const poolConfigSchema = z.object({
  id: userPoolIdSchema,
  name: z.string(),
  arn: z.string().optional(),
  status: z.string().optional(),
  createdAt: z.string().optional(),
  estimatedUsers: z.number().optional(),
  domain: z.string().optional(),
  customDomain: z.string().optional(),
  /** Fixed at creation: shown read-only, never sent back. */
  fixed: z.object({
    usernameAttributes: z.array(z.string()),
    aliasAttributes: z.array(z.string()),
    caseSensitive: z.boolean().optional(),
    schema: z.array(schemaAttributeSchema),
  }),
  /** Everything UpdateUserPool accepts, as DescribeUserPool returned it (UserPoolId aside). */
  settings: z.record(z.string(), json),
  version: poolVersionSchema,
});
export type PoolConfig = z.infer<typeof poolConfigSchema>;

export const configChangeSchema = z.object({
  path: z.string(),
  label: z.string(),
  before: json.optional(),
  after: json.optional(),
});
export type ConfigChange = z.infer<typeof configChangeSchema>;

export const poolUpdateResultSchema = z.object({
  changes: z.array(configChangeSchema),
  config: poolConfigSchema,
});
export type PoolUpdateResult = z.infer<typeof poolUpdateResultSchema>;
