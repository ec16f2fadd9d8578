import { z } from 'zod';
import { identityPoolDetailSchema, identityPoolIdSchema, identityPoolSummarySchema } from '../../model/identity-pools';
import { profileRefSchema } from '../../model/profiles';
import type { ChannelSpec } from '../channel-spec';

const poolRef = profileRefSchema.extend({ identityPoolId: identityPoolIdSchema }).strict();

/** Cognito identity pools (federated identities). */
export const identityPoolChannels = {
  'identityPools:list': { request: profileRefSchema, response: z.array(identityPoolSummarySchema) },
  'identityPools:describe': { request: poolRef, response: identityPoolDetailSchema },
  'identityPools:delete': {
    request: poolRef
      .extend({ confirmName: z.string().min(1, 'Type the identity pool name to confirm').max(128) })
      .strict(),
    response: z.null(),
    mutating: true,
  },
} satisfies Record<string, ChannelSpec>;
