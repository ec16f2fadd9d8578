import { z } from 'zod';
import { wireErrorSchema } from '../ipc/errors';
import { profileRefSchema } from './profiles';
import { userPoolIdSchema } from './user-pools';

/** Cognito's own pattern for user names, group names and attribute names: letters, marks, symbols, digits, punctuation. */
const COGNITO_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

export const usernameSchema = z
  .string()
  .min(1, 'Enter a user name')
  .max(128, 'A user name is at most 128 characters')
  .regex(COGNITO_NAME, 'A user name has no spaces or control characters');

/** The OIDC standard attributes Cognito knows; everything else a pool holds is custom:NAME (or dev:custom:NAME). */
export const STANDARD_ATTRIBUTES = [
  'address',
  'birthdate',
  'email',
  'email_verified',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'phone_number_verified',
  'picture',
  'preferred_username',
  'profile',
  'sub',
  'updated_at',
  'website',
  'zoneinfo',
] as const;

const CUSTOM_ATTRIBUTE = /^(dev:)?custom:[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,32}$/u;

export const attributeNameSchema = z
  .string()
  .min(1, 'Enter an attribute name')
  .max(64, 'An attribute name is at most 64 characters')
  .refine(
    (n) => (STANDARD_ATTRIBUTES as readonly string[]).includes(n) || CUSTOM_ATTRIBUTE.test(n),
    'Not a standard attribute or custom:NAME',
  );

/** Cognito stores at most 2,048 characters per attribute value. */
export const attributeValueSchema = z.string().max(2048, 'An attribute value is at most 2,048 characters');

/** Name -> value; a pool has at most 50 custom attributes plus the standard ones. */
export const attributesSchema = z
  .record(attributeNameSchema, attributeValueSchema)
  .refine((a) => Object.keys(a).length <= 100, 'At most 100 attributes');
export type Attributes = z.infer<typeof attributesSchema>;

/** The only attributes ListUsers can filter on (custom attributes cannot be filtered). */
export const FILTERABLE_ATTRIBUTES = [
  'username',
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'cognito:user_status',
  'status',
  'sub',
] as const;
export const FILTER_OPERATORS = ['=', '^='] as const;

export const userFilterSchema = z
  .object({
    attribute: z.enum(FILTERABLE_ATTRIBUTES),
    operator: z.enum(FILTER_OPERATORS),
    value: z.string().max(256, 'A search value is at most 256 characters'),
  })
  .strict();
export type UserFilter = z.infer<typeof userFilterSchema>;

/** A pool-scoped request: profile, region, pool. */
export const poolRefSchema = profileRefSchema.extend({ userPoolId: userPoolIdSchema }).strict();
export type PoolRef = z.infer<typeof poolRefSchema>;
export const userRefSchema = poolRefSchema.extend({ username: usernameSchema }).strict();
export type UserRef = z.infer<typeof userRefSchema>;

export const MFA_TYPES = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] as const;

export const userMfaSchema = z.object({
  /** SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP; absent when the user prefers none. */
  preferred: z.string().optional(),
  enabled: z.array(z.string()),
});
export type UserMfa = z.infer<typeof userMfaSchema>;

/** One factor of AdminSetUserMFAPreference: turned on for the user, and whether it is the one Cognito asks for. */
export const mfaFactorEditSchema = z.object({ enabled: z.boolean(), preferred: z.boolean() }).strict();

/** A user's MFA preference edit; a factor left out is not sent (Cognito keeps it as it is). */
export const userMfaEditSchema = z
  .object({ sms: mfaFactorEditSchema, totp: mfaFactorEditSchema, email: mfaFactorEditSchema })
  .partial()
  .strict()
  .refine((m) => Object.keys(m).length > 0, 'The edit changes no factor')
  .refine((m) => Object.values(m).filter((f) => f.preferred).length <= 1, 'Prefer at most one factor')
  .refine((m) => Object.values(m).every((f) => f.enabled || !f.preferred), 'A preferred factor must be enabled');
export type UserMfaEdit = z.infer<typeof userMfaEditSchema>;

/** One grid row: what ListUsers gives, attributes flattened to a record. */
export const userRowSchema = z.object({
  username: z.string(),
  sub: z.string().optional(),
  /** UNCONFIRMED, CONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED, EXTERNAL_PROVIDER, ... */
  status: z.string(),
  enabled: z.boolean(),
  createdAt: z.string().optional(),
  lastModifiedAt: z.string().optional(),
  attributes: z.record(z.string(), z.string()),
  /**
   * ListUsers does not return MFA settings: only AdminGetUser does (one UserRead call per user), so a row has them
   * only after its detail was opened or its MFA was read on request (users:mfa).
   */
  mfa: userMfaSchema.optional(),
});
export type UserRow = z.infer<typeof userRowSchema>;

/** One part of a detail view that may fail alone (e.g. ListDevices on an emulator) without failing the rest. */
export function partSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: wireErrorSchema }),
  ]);
}

export const userDeviceSchema = z.object({
  key: z.string(),
  name: z.string().optional(),
  createdAt: z.string().optional(),
  lastModifiedAt: z.string().optional(),
  lastAuthenticatedAt: z.string().optional(),
  attributes: z.record(z.string(), z.string()),
});
export type UserDevice = z.infer<typeof userDeviceSchema>;

export const authEventSchema = z.object({
  eventId: z.string(),
  type: z.string().optional(),
  createdAt: z.string().optional(),
  response: z.string().optional(),
  risk: z.string().optional(),
  ipAddress: z.string().optional(),
  city: z.string().optional(),
  country: z.string().optional(),
  deviceName: z.string().optional(),
});
export type AuthEvent = z.infer<typeof authEventSchema>;

export const userGroupRefSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  precedence: z.number().int().optional(),
});

export const userDetailSchema = userRowSchema.extend({
  mfa: userMfaSchema,
  groups: partSchema(z.array(userGroupRefSchema)),
  devices: partSchema(z.array(userDeviceSchema)),
  /** AdminListUserAuthEvents needs advanced security on the pool: expect an error part otherwise. */
  authEvents: partSchema(z.array(authEventSchema)),
});
export type UserDetail = z.infer<typeof userDetailSchema>;

export const USER_ACTIONS = [
  'enable',
  'disable',
  'reset-password',
  'confirm-sign-up',
  'global-sign-out',
  'resend-invitation',
  'delete',
] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

export const MESSAGE_ACTIONS = ['SUPPRESS', 'RESEND'] as const;
export const DELIVERY_MEDIUMS = ['EMAIL', 'SMS'] as const;

/** A password as the caller typed it; the pool's policy is checked by Cognito. */
export const passwordSchema = z.string().min(1, 'Enter a password').max(256, 'A password is at most 256 characters');

/** A user import file as the renderer read it: CreateUserImportJob takes at most 100 MB. */
export const importCsvSchema = z
  .string()
  .min(1, 'The file is empty')
  .max(100 * 1024 * 1024, 'A user import file is at most 100 MB');

/** The local check of an import file, before anything is sent. */
export const importCheckSchema = z.object({
  users: z.number().int().nonnegative(),
  /** At most 500, by line; `truncated` says there were more. */
  problems: z.array(z.object({ line: z.number().int(), column: z.string().optional(), message: z.string() })),
  truncated: z.boolean(),
});
export type ImportCheck = z.infer<typeof importCheckSchema>;

/** A page of a progressive load, sent as the event users:page to the window that asked. */
export const userPageSchema = z.object({
  loadId: z.string().uuid(),
  rows: z.array(userRowSchema),
  /** Rows sent so far, this page included. */
  loaded: z.number().int().nonnegative(),
  /** DescribeUserPool's EstimatedNumberOfUsers for an unfiltered load (approximate, may lag). */
  estimated: z.number().int().nonnegative().optional(),
  done: z.boolean(),
  /** Set on the last event when the load failed or was cancelled (code CANCELLED). */
  error: wireErrorSchema.optional(),
});
export type UserPage = z.infer<typeof userPageSchema>;
