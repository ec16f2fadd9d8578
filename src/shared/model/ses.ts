import { z } from 'zod';

export const sesAccountSchema = z.object({
  productionAccessEnabled: z.boolean(),
  sendingEnabled: z.boolean(),
  enforcementStatus: z.string().optional(),
  max24HourSend: z.number().optional(),
  maxSendRate: z.number().optional(),
  sentLast24Hours: z.number().optional(),
  /** The production-access review, when one was requested. */
  reviewStatus: z.string().optional(),
  reviewCaseId: z.string().optional(),
  /** What the last production access request said (GetAccount Details), to prefill a new one. */
  details: z
    .object({
      mailType: z.string().optional(),
      websiteUrl: z.string().optional(),
      useCaseDescription: z.string().optional(),
      contactLanguage: z.string().optional(),
      additionalContacts: z.array(z.string()),
    })
    .optional(),
});
export type SesAccount = z.infer<typeof sesAccountSchema>;

export const dkimRecordSchema = z.object({ name: z.string(), type: z.literal('CNAME'), value: z.string() });
export type DkimRecord = z.infer<typeof dkimRecordSchema>;

export const sesIdentitySchema = z.object({
  name: z.string(),
  type: z.enum(['EMAIL_ADDRESS', 'DOMAIN', 'MANAGED_DOMAIN', 'UNKNOWN']),
  verificationStatus: z.string().optional(),
  sendingEnabled: z.boolean().optional(),
  dkimStatus: z.string().optional(),
  dkimSigningEnabled: z.boolean().optional(),
  /** The three CNAME records Easy DKIM asks the domain owner to publish. */
  dkimRecords: z.array(dkimRecordSchema),
  configurationSet: z.string().optional(),
  /** Set when GetEmailIdentity failed for this identity: the row still shows what the list gave. */
  detailError: z.string().optional(),
});
export type SesIdentity = z.infer<typeof sesIdentitySchema>;

export const configurationSetSchema = z.object({
  name: z.string(),
  sendingEnabled: z.boolean().optional(),
  reputationMetricsEnabled: z.boolean().optional(),
  tlsPolicy: z.string().optional(),
  suppressedReasons: z.array(z.string()),
  detailError: z.string().optional(),
});
export type ConfigurationSet = z.infer<typeof configurationSetSchema>;

/** Who uses a configuration set: the pools of the region whose EmailConfiguration.ConfigurationSet names it. */
export const poolUseSchema = z.object({ id: z.string(), name: z.string() });
export const configurationSetUseSchema = z.object({
  name: z.string(),
  pools: z.array(poolUseSchema),
});
export type ConfigurationSetUse = z.infer<typeof configurationSetUseSchema>;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** An email address or a domain SES can verify (a domain gets Easy DKIM: three CNAME records). */
export const identityNameSchema = z
  .string()
  .trim()
  .min(3, 'Enter an email address or a domain')
  .max(320, 'At most 320 characters')
  .refine(
    (v) => (v.includes('@') ? z.string().email().safeParse(v).success : DOMAIN.test(v)),
    'Not an email address or a domain name (for example no-reply@example.com or example.com)',
  );

export const SUPPRESSION_REASONS = ['BOUNCE', 'COMPLAINT'] as const;
export const TLS_POLICIES = ['REQUIRE', 'OPTIONAL'] as const;

/** ConfigurationSetName: letters, digits, _ and -, up to 64 characters. */
export const configurationSetNameSchema = z
  .string()
  .min(1, 'Enter a name')
  .max(64, 'At most 64 characters')
  .regex(/^[\w-]+$/, 'Only letters, digits, _ and -');

export const configurationSetCreateSchema = z
  .object({
    name: configurationSetNameSchema,
    sendingEnabled: z.boolean(),
    reputationMetricsEnabled: z.boolean(),
    suppressedReasons: z.array(z.enum(SUPPRESSION_REASONS)).max(2),
    tlsPolicy: z.enum(TLS_POLICIES),
  })
  .strict();
export type ConfigurationSetCreate = z.infer<typeof configurationSetCreateSchema>;

export const MAIL_TYPES = ['MARKETING', 'TRANSACTIONAL'] as const;
export const CONTACT_LANGUAGES = ['EN', 'JA'] as const;

/** PutAccountDetails with ProductionAccessEnabled: the request for production access, reviewed by AWS. */
export const productionAccessRequestSchema = z
  .object({
    mailType: z.enum(MAIL_TYPES),
    websiteUrl: z
      .string()
      .min(1, 'Enter the website URL')
      .max(1000, 'At most 1,000 characters')
      .url('Enter a full URL, for example https://example.com')
      .refine((v) => /^https?:\/\//i.test(v), 'The URL must start with http:// or https://'),
    /** Optional: AWS marks UseCaseDescription deprecated, but reviewers still read it when given. */
    useCaseDescription: z.string().trim().max(5000, 'At most 5,000 characters'),
    contactLanguage: z.enum(CONTACT_LANGUAGES),
    additionalContacts: z
      .array(z.string().email('Not an email address').max(254))
      .max(4, 'At most 4 additional contacts'),
  })
  .strict();
export type ProductionAccessRequest = z.infer<typeof productionAccessRequestSchema>;
