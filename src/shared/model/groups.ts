import { z } from 'zod';
import { poolRefSchema } from './users';

export const groupNameSchema = z
  .string()
  .min(1, 'Enter a group name')
  .max(128, 'A group name is at most 128 characters')
  .regex(/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, 'A group name has no spaces or control characters');

export const groupDescriptionSchema = z.string().max(2048, 'A description is at most 2,048 characters');
/** Lower wins when a user is in several groups with roles; Cognito takes 0 to 2^31-1. */
export const precedenceSchema = z.number().int().min(0).max(2_147_483_647);
export const roleArnSchema = z
  .string()
  .max(2048)
  .regex(
    /^arn:[\w+=/,.@-]+:iam::\d{12}:role\/[\w+=,.@/-]+$/,
    'Not an IAM role ARN (arn:aws:iam::123456789012:role/Name)',
  );

export const groupRefSchema = poolRefSchema.extend({ groupName: groupNameSchema }).strict();

export const groupSummarySchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  precedence: z.number().int().optional(),
  roleArn: z.string().optional(),
  createdAt: z.string().optional(),
  lastModifiedAt: z.string().optional(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;
