import { z } from 'zod';
import { profileRefSchema } from '../../model/profiles';
import { userPoolIdSchema, userPoolSummarySchema } from '../../model/user-pools';
import type { ChannelSpec } from '../channel-spec';

/** User pools: list, configuration, delete. */
export const userPoolChannels = {
  'userPools:list': { request: profileRefSchema, response: z.array(userPoolSummarySchema) },
  'userPools:delete': {
    request: profileRefSchema
      .extend({
        userPoolId: userPoolIdSchema,
        confirmName: z
          .string()
          .min(1, 'Type the pool name to confirm')
          .max(128, 'A pool name is at most 128 characters'),
      })
      .strict(),
    response: z.null(),
    mutating: true,
  },
} satisfies Record<string, ChannelSpec>;
