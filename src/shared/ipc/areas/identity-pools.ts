import { z } from 'zod';
import { identityPoolRolesSchema, identityPoolRolesViewSchema } from '../../model/identity-pool-roles';
import {
  identityPoolCreateSchema,
  identityPoolEditSchema,
  identityPoolUpdateResultSchema,
} from '../../model/identity-pool-settings';
import { identityPoolDetailSchema, identityPoolIdSchema, identityPoolSummarySchema } from '../../model/identity-pools';
import { profileRefSchema } from '../../model/profiles';
import type { ChannelSpec } from '../channel-spec';

const poolRef = profileRefSchema.extend({ identityPoolId: identityPoolIdSchema }).strict();
const editRequest = poolRef.extend({ edit: identityPoolEditSchema }).strict();

/** Cognito identity pools (federated identities). */
export const identityPoolChannels = {
  'identityPools:list': { request: profileRefSchema, response: z.array(identityPoolSummarySchema) },
  'identityPools:describe': { request: poolRef, response: identityPoolDetailSchema },
  'identityPools:create': {
    request: profileRefSchema.extend({ pool: identityPoolCreateSchema }).strict(),
    response: identityPoolSummarySchema,
    mutating: true,
  },
  /** What an edit would change against the pool as it is now; writes nothing. */
  'identityPools:preview-update': { request: editRequest, response: identityPoolUpdateResultSchema },
  /** Describe fresh, merge the edit, send the whole object (UpdateIdentityPool replaces every field). */
  'identityPools:update': { request: editRequest, response: identityPoolUpdateResultSchema, mutating: true },
  'identityPools:get-roles': { request: poolRef, response: identityPoolRolesViewSchema },
  /** Replaces the roles and every role mapping (SetIdentityPoolRoles is whole-state). */
  'identityPools:set-roles': {
    request: poolRef.extend({ roles: identityPoolRolesSchema }).strict(),
    response: identityPoolRolesViewSchema,
    mutating: true,
  },
  'identityPools:delete': {
    request: poolRef
      .extend({ confirmName: z.string().min(1, 'Type the identity pool name to confirm').max(128) })
      .strict(),
    response: z.null(),
    mutating: true,
  },
} satisfies Record<string, ChannelSpec>;
