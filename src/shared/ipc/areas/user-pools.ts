import { z } from 'zod';
import {
  customAttributeSchema,
  poolConfigSchema,
  poolEditSchema,
  poolUpdateResultSchema,
  poolVersionSchema,
} from '../../model/pool-config';
import { profileRefSchema } from '../../model/profiles';
import { userPoolIdSchema, userPoolSummarySchema } from '../../model/user-pools';
import type { ChannelSpec } from '../channel-spec';

const poolRef = profileRefSchema.extend({ userPoolId: userPoolIdSchema });

/**
 * An edit of a pool's settings. `expected` is the version the user saw (from userPools:describe or a preview):
 * when the pool has moved since, the call fails with CONFLICT and the UI recomputes the diff.
 */
const poolEditRequest = poolRef.extend({ edit: poolEditSchema, expected: poolVersionSchema.optional() }).strict();

/** User pools: list, configuration, delete. */
export const userPoolChannels = {
  'userPools:list': { request: profileRefSchema, response: z.array(userPoolSummarySchema) },
  'userPools:describe': { request: poolRef.strict(), response: poolConfigSchema },
  /** What an edit would change, field by field; writes nothing. */
  'userPools:preview-update': { request: poolEditRequest, response: poolUpdateResultSchema },
  /** Read-modify-write UpdateUserPool; returns what actually changed and the pool as it is now. */
  'userPools:update': { request: poolEditRequest, response: poolUpdateResultSchema, mutating: true },
  'userPools:add-custom-attributes': {
    request: poolRef
      .extend({
        attributes: z
          .array(customAttributeSchema)
          .min(1, 'Add at least one attribute')
          .max(25, 'Add at most 25 attributes at a time'),
      })
      .strict(),
    response: poolConfigSchema,
    mutating: true,
  },
  'userPools:delete': {
    request: poolRef
      .extend({
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
