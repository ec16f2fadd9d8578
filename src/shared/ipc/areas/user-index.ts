import { z } from 'zod';
import { jobIdSchema } from '../../model/jobs';
import { indexPageSchema, indexQuerySchema, indexSelectionSchema, indexStatusSchema } from '../../model/user-index';
import { poolRefSchema } from '../../model/users';
import type { ChannelSpec } from '../channel-spec';

/**
 * The local user index of a pool (a SQLite file in main, filled by a sync job). None of these writes to AWS, so
 * all are allowed for read-only profiles: a sync only reads (ListUsers, DescribeUserPool).
 */
export const userIndexChannels = {
  /** Opens the pool's index (created empty on first use) and reports its size, last complete sync and sync state. */
  'userIndex:status': { request: poolRefSchema, response: indexStatusSchema },
  /**
   * Starts a sync job (or answers the one already running on the pool); it continues an unfinished sync. Uses at
   * most Settings' indexSyncShare of the UserList rate.
   */
  'userIndex:sync': { request: poolRefSchema, response: z.object({ jobId: jobIdSchema }) },
  /** One block of the grid from the index: search, filters, sort, offset and limit. */
  'userIndex:query': {
    request: poolRefSchema.extend({ query: indexQuerySchema }).strict(),
    response: indexPageSchema,
  },
  /** The exact number of users matching a search and filters (a query's total may only say "at least"). */
  'userIndex:count': {
    request: poolRefSchema.extend({ selection: indexSelectionSchema }).strict(),
    response: z.object({ total: z.number().int().nonnegative() }),
  },
} satisfies Record<string, ChannelSpec>;
