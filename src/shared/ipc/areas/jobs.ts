import { z } from 'zod';
import { groupNameSchema, roleArnSchema } from '../../model/groups';
import {
  BULK_ACTIONS,
  EXPORT_FORMATS,
  jobDetailSchema,
  jobDisplaySchema,
  jobIdSchema,
  jobSummarySchema,
} from '../../model/jobs';
import {
  attributeNameSchema,
  attributeValueSchema,
  importCsvSchema,
  poolRefSchema,
  userFilterSchema,
  usernameSchema,
} from '../../model/users';
import { indexSelectionSchema } from '../../model/user-index';
import type { ChannelSpec } from '../channel-spec';
import { empty } from '../channel-spec';

/** A pool holds at most a few million users; a selection sent over IPC stays far below this. */
const MAX_SELECTION = 500_000;
const usernamesSchema = z.array(usernameSchema).min(1, 'Select at least one user').max(MAX_SELECTION);

const started = z.object({ jobId: jobIdSchema });

const oneTarget = (r: { usernames?: unknown; filter?: unknown; indexSelection?: unknown }): boolean =>
  [r.usernames, r.filter, r.indexSelection].filter((t) => t !== undefined).length <= 1;

/**
 * Long work. A start returns a job id at once; progress goes as jobs:progress events to the starting window.
 * Targets: `usernames` (a selection, or the local search's matches), `filter` (the server search) or
 * `indexSelection` (every user of the local index matching a search and filters); a request without any of them
 * means every user of the pool.
 */
export const jobChannels = {
  'jobs:start-bulk': {
    request: poolRefSchema
      .extend(jobDisplaySchema.shape)
      .extend({
        action: z.enum(BULK_ACTIONS),
        usernames: usernamesSchema.optional(),
        filter: userFilterSchema.optional(),
        indexSelection: indexSelectionSchema.optional(),
        /** add-to-group, remove-from-group. */
        groupName: groupNameSchema.optional(),
        /** set-attribute. */
        attributeName: attributeNameSchema.optional(),
        attributeValue: attributeValueSchema.optional(),
      })
      .strict()
      .refine(oneTarget, { message: 'Give usernames, a filter or an index selection, not two', path: ['filter'] })
      .refine((r) => !r.action.endsWith('-group') || r.groupName !== undefined, {
        message: 'Choose a group',
        path: ['groupName'],
      })
      .refine(
        (r) => r.action !== 'set-attribute' || (r.attributeName !== undefined && r.attributeValue !== undefined),
        {
          message: 'Choose an attribute and a value',
          path: ['attributeName'],
        },
      ),
    response: started,
    mutating: true,
  },
  'jobs:start-export': {
    request: poolRefSchema
      .extend(jobDisplaySchema.shape)
      .extend({
        format: z.enum(EXPORT_FORMATS),
        /** csv, json, ndjson: add each user's groups (one ListGroupsForUser per user: slower). */
        groups: z.boolean().optional(),
        /** csv only: a UTF-8 byte order mark so Excel reads the file as UTF-8. */
        bom: z.boolean().optional(),
        filter: userFilterSchema.optional(),
        usernames: usernamesSchema.optional(),
        indexSelection: indexSelectionSchema.optional(),
        /** One ListUsers scan instead of 16 sub ^= partitions in parallel. */
        sequential: z.boolean().optional(),
      })
      .strict()
      .refine(oneTarget, { message: 'Give usernames, a filter or an index selection, not two', path: ['filter'] }),
    response: started,
  },
  /** CreateUserImportJob + upload + StartUserImportJob, polled to its end; a file with problems is refused first. */
  'jobs:start-import': {
    request: poolRefSchema
      .extend(jobDisplaySchema.shape)
      .extend({
        jobName: z
          .string()
          .min(1, 'Name the import')
          .max(128)
          .regex(/^[\w +=,.@-]+$/, 'Letters, digits, spaces and +=,.@-_ only (no line breaks)'),
        cloudWatchLogsRoleArn: roleArnSchema,
        csv: importCsvSchema,
      })
      .strict(),
    response: started,
    mutating: true,
  },
  'jobs:list': { request: empty, response: z.array(jobSummarySchema) },
  'jobs:get': { request: z.object({ jobId: jobIdSchema }).strict(), response: jobDetailSchema },
  'jobs:cancel': { request: z.object({ jobId: jobIdSchema }).strict(), response: z.null() },
  /** A new job on only the failed items; FORBIDDEN for a bulk job of a read-only profile. */
  'jobs:retry-failures': { request: z.object({ jobId: jobIdSchema }).strict(), response: started },
  /**
   * Continues a whole-pool export that stopped early (failed, cancelled, or interrupted by the app dying) from the
   * checkpoint in its job folder, under the same job id; NOT_FOUND when it left none.
   */
  'jobs:resume-export': { request: z.object({ jobId: jobIdSchema }).strict(), response: started },
} satisfies Record<string, ChannelSpec>;
