import { z } from 'zod';
import type { SesAccount } from '../model/ses';

export const FINDING_STATUSES = ['pass', 'warn', 'fail', 'unknown'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** What the console can do about a finding by itself; each is followed by a re-check. */
export const findingActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create-identity'), region: z.string(), identity: z.string() }),
  z.object({ kind: z.literal('create-configuration-set'), region: z.string(), name: z.string() }),
  z.object({ kind: z.literal('request-production-access'), region: z.string() }),
]);
export type FindingAction = z.infer<typeof findingActionSchema>;

export const RULE_IDS = [
  'sending-account',
  'from-identity',
  'identity-region',
  'reply-to',
  'configuration-set',
  'ses-sandbox',
  'quota-headroom',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const findingSchema = z.object({
  rule: z.enum(RULE_IDS),
  title: z.string(),
  /** `unknown`: the check could not run (e.g. the endpoint lacks GetAccount); never a crash. */
  status: z.enum(FINDING_STATUSES),
  why: z.string(),
  fix: z.string().optional(),
  action: findingActionSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const poolPreflightSchema = z.object({
  poolId: z.string(),
  poolName: z.string(),
  region: z.string(),
  findings: z.array(findingSchema),
});
export type PoolPreflight = z.infer<typeof poolPreflightSchema>;

/** The result of one lookup the rules need: found, known to be absent, or not checkable (with why). */
export type Lookup<T> =
  { state: 'found'; value: T } | { state: 'missing' } | { state: 'error'; code: string; message: string };

export interface PreflightIdentity {
  name: string;
  type: string;
  verificationStatus?: string;
}

/** Everything the rules look at, gathered once by main (services/preflight.ts) or built by hand in tests. */
export interface PreflightInput {
  pool: {
    id: string;
    name: string;
    region: string;
    estimatedUsers?: number;
    sendingAccount?: string;
    sourceArn?: string;
    from?: string;
    replyTo?: string;
    configurationSet?: string;
  };
  /** The identity named by SourceArn, looked up in the SES region of that ARN. */
  identity: Lookup<PreflightIdentity>;
  configurationSet: Lookup<{ name: string }>;
  account: Lookup<SesAccount>;
}
