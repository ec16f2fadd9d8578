import { z } from 'zod';
import { jobIdSchema } from '../../model/jobs';
import { indexPageSchema, indexQuerySchema, indexStatusSchema } from '../../model/user-index';
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
} satisfies Record<string, ChannelSpec>;
