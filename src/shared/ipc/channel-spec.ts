import { z } from 'zod';

export interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
  /** A mutating channel makes AWS write calls: refused with FORBIDDEN for a read-only profile. */
  mutating?: boolean;
}

/** The request of a channel that takes nothing. */
export const empty = z.object({}).strict();
