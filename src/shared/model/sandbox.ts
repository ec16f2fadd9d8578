import { z } from 'zod';

export const SANDBOX_STATES = [
  'stopped',
  'starting',
  'seeding',
  'running',
  'failed',
  'missing-moto',
  'missing-python',
  'installing',
] as const;

export const sandboxStatusSchema = z.object({
  state: z.enum(SANDBOX_STATES),
  endpoint: z.string().optional(),
  message: z.string().optional(),
  /** The command the user can run themselves when the console cannot fix it. */
  fix: z.string().optional(),
});
export type SandboxStatus = z.infer<typeof sandboxStatusSchema>;

export const sandboxProgressSchema = z.object({
  stage: z.string(),
  message: z.string(),
  percent: z.number().min(0).max(100).optional(),
});
export type SandboxProgress = z.infer<typeof sandboxProgressSchema>;
