import { z } from 'zod';
import { wireErrorSchema } from '../ipc/errors';
import { profileNameSchema, regionSchema } from './profiles';

export const jobIdSchema = z.string().uuid();

/**
 * bulk: one call per user; export: a scan to a file; import: a CreateUserImportJob watched to its end;
 * index-sync: a full scan into the pool's local user index.
 */
export const JOB_KINDS = ['bulk', 'export', 'import', 'index-sync'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
/** interrupted: saved as running by a process that died (read back from the history of an earlier run). */
export const JOB_STATES = ['running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const BULK_ACTIONS = [
  'add-to-group',
  'remove-from-group',
  'enable',
  'disable',
  'global-sign-out',
  'reset-password',
  'set-attribute',
  'delete',
] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * csv: every attribute, RFC 4180, formula-looking cells neutralized; cognito-csv: the user import format
 * (GetCSVHeader columns); json: one array; ndjson: one user per line.
 */
export const EXPORT_FORMATS = ['csv', 'cognito-csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Sent as the event jobs:progress to the window that started the job, at most ~4 a second plus the final one. */
export const jobProgressSchema = z.object({
  jobId: jobIdSchema,
  kind: z.enum(JOB_KINDS),
  state: z.enum(JOB_STATES),
  userPoolId: z.string(),
  /** The pool's name as the starting window knew it (display only). */
  poolName: z.string().optional(),
  /** A short human label, e.g. "Disable 1,204 users of my-pool" or "export csv". */
  label: z.string(),
  /** Items finished (succeeded + failed); for an export, users written. */
  done: z.number().int().nonnegative(),
  /** Known up front for a bulk job on a list; an estimate for an export; absent while unknown. */
  total: z.number().int().nonnegative().optional(),
  succeeded: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  ratePerSecond: z.number().nonnegative(),
  etaSeconds: z.number().nonnegative().optional(),
  /** Absolute path of the result: the export file, or result.json of a bulk job. */
  resultFile: z.string().optional(),
  /** Absolute path of failures.csv (item, code, reason) once the job ended with failures. */
  failureFile: z.string().optional(),
  /** Why the job as a whole failed (not per item). */
  error: wireErrorSchema.optional(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobSummarySchema = jobProgressSchema.extend({
  profile: profileNameSchema,
  region: regionSchema,
  /** The bulk action or the export format. */
  operation: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  /** The job whose failures this one retries. */
  retryOf: jobIdSchema.optional(),
  /** A job of an earlier run of the app (from the saved history): its files remain, it can't be retried from here. */
  earlierRun: z.boolean().optional(),
  /** An export that stopped before its end and left a checkpoint: `users export --resume <jobId>` continues it. */
  resumable: z.boolean().optional(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const jobFailureSchema = z.object({ item: z.string(), code: z.string(), reason: z.string() });
export type JobFailure = z.infer<typeof jobFailureSchema>;

export const jobDetailSchema = jobSummarySchema.extend({
  /** The first failures (at most 200); the whole list is in failureFile. */
  failures: z.array(jobFailureSchema),
  /**
   * Export only: per user, values the chosen format cannot carry (e.g. a newline in the Cognito import format),
   * never silently changed; at most 200 here, all of them in the result file.
   */
  notes: z.array(z.object({ item: z.string(), message: z.string() })),
});
export type JobDetail = z.infer<typeof jobDetailSchema>;

/** What a start request may add for display: the starting window's label and the pool's name. */
export const jobDisplaySchema = z.object({
  label: z.string().min(1).max(200).optional(),
  poolName: z.string().min(1).max(128).optional(),
});
