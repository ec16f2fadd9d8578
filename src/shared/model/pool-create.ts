import { z } from 'zod';
import { poolEditObject } from './pool-config';
import { CUSTOM_ATTRIBUTE_TYPES } from './custom-attributes';
import { smsConfigurationCreateSchema } from './pool-sms';
import { clientCreateSchema } from './pool-clients';
import { domainPrefixSchema } from './pool-domain';
import { wireErrorSchema } from '../ipc/errors';

/** Standard attributes (OpenID Connect claims) a pool can require at creation. */
export const REQUIRABLE_ATTRIBUTES = [
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'birthdate',
  'gender',
  'locale',
  'zoneinfo',
  'address',
  'picture',
  'profile',
  'website',
  'updated_at',
] as const;

const schemaInputSchema = z
  .object({
    Name: z.string().min(1).max(20, 'An attribute name is at most 20 characters'),
    AttributeDataType: z.enum(CUSTOM_ATTRIBUTE_TYPES),
    Mutable: z.boolean(),
    Required: z.boolean().optional(),
    StringAttributeConstraints: z
      .object({ MinLength: z.string(), MaxLength: z.string() })
      .partial()
      .strict()
      .optional(),
    NumberAttributeConstraints: z.object({ MinValue: z.string(), MaxValue: z.string() }).partial().strict().optional(),
  })
  .strict()
  .refine(
    (a) => !a.Required || (REQUIRABLE_ATTRIBUTES as readonly string[]).includes(a.Name),
    'Only standard attributes can be required (custom ones never can)',
  );

/**
 * A new pool: every editable setting plus the ones fixed at creation (sign-in identifiers, case sensitivity and
 * the schema). Username attributes and aliases exclude each other.
 */
export const poolCreateSchema = poolEditObject
  .extend({
    PoolName: z
      .string()
      .min(1, 'Name the pool')
      .max(128, 'A pool name is at most 128 characters')
      .regex(/^[\w\s+=,.@-]+$/, 'A pool name holds letters, digits, spaces and + = , . @ - only'),
    UsernameAttributes: z
      .array(z.enum(['email', 'phone_number']))
      .max(2)
      .optional(),
    AliasAttributes: z
      .array(z.enum(['email', 'phone_number', 'preferred_username']))
      .max(3)
      .optional(),
    UsernameConfiguration: z.object({ CaseSensitive: z.boolean() }).strict().optional(),
    // CreateUserPool takes 1 to 50 schema entries (SchemaAttributesListType in the API model).
    Schema: z.array(schemaInputSchema).max(50, 'At most 50 attributes in one CreateUserPool').optional(),
    SmsConfiguration: smsConfigurationCreateSchema.optional(),
  })
  .refine(
    (p) => !(p.UsernameAttributes?.length && p.AliasAttributes?.length),
    'Choose either email/phone as the username or sign-in aliases, not both',
  );
export type PoolCreate = z.infer<typeof poolCreateSchema>;

/** What the wizard creates after the pool: both optional, both reported separately. */
export const poolCreateExtrasSchema = z
  .object({ initialClient: clientCreateSchema.optional(), domainPrefix: domainPrefixSchema.optional() })
  .strict();
export type PoolCreateExtras = z.infer<typeof poolCreateExtrasSchema>;

export const poolCreateResultSchema = z.object({
  userPoolId: z.string(),
  followUps: z.array(
    z.object({ step: z.enum(['client', 'domain']), ok: z.boolean(), error: wireErrorSchema.optional() }),
  ),
});
export type PoolCreateResult = z.infer<typeof poolCreateResultSchema>;
