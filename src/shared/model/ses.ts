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
