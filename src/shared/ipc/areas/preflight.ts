import { z } from 'zod';
import { profileRefSchema } from '../../model/profiles';
import { userPoolIdSchema } from '../../model/user-pools';
import { poolPreflightSchema } from '../../preflight/types';
import type { ChannelSpec } from '../channel-spec';

/** Email pre-flight: will a pool's email be delivered? Read-only; fixes go through the SES channels. */
export const preflightChannels = {
  'preflight:pool': {
    request: profileRefSchema.extend({ userPoolId: userPoolIdSchema }).strict(),
    response: poolPreflightSchema,
  },
  'preflight:region': { request: profileRefSchema, response: z.array(poolPreflightSchema) },
} satisfies Record<string, ChannelSpec>;
