import { z } from 'zod';

export const userPoolIdSchema = z
  .string()
  .max(55, 'A user pool id is at most 55 characters')
  .regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'Not a user pool id (for example eu-west-1_AbC123xyz)');

export const MFA_CONFIGURATIONS = ['OFF', 'ON', 'OPTIONAL'] as const;

export const userPoolSummarySchema = z.object({
  id: userPoolIdSchema,
  name: z.string(),
  status: z.string().optional(),
  createdAt: z.string().optional(),
  lastModifiedAt: z.string().optional(),
  estimatedUsers: z.number().int().nonnegative().optional(),
  mfa: z.enum(MFA_CONFIGURATIONS).optional(),
  deletionProtection: z.boolean().optional(),
  /** Set when DescribeUserPool failed for this pool: the row still shows what ListUserPools gave. */
  detailError: z.string().optional(),
});
export type UserPoolSummary = z.infer<typeof userPoolSummarySchema>;
