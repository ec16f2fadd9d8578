import { z } from 'zod';
import {
  groupDescriptionSchema,
  groupNameSchema,
  groupRefSchema,
  groupSummarySchema,
  precedenceSchema,
  roleArnSchema,
} from '../../model/groups';
import { poolRefSchema, userRowSchema } from '../../model/users';
import type { ChannelSpec } from '../channel-spec';

/** Groups of a pool and their members (all pages, Limit 60). */
export const groupChannels = {
  'groups:list': { request: poolRefSchema, response: z.array(groupSummarySchema) },
  'groups:members': { request: groupRefSchema, response: z.array(userRowSchema) },
  'groups:create': {
    request: poolRefSchema
      .extend({
        groupName: groupNameSchema,
        description: groupDescriptionSchema.optional(),
        precedence: precedenceSchema.optional(),
        roleArn: roleArnSchema.optional(),
      })
      .strict(),
    response: groupSummarySchema,
    mutating: true,
  },
  'groups:update': {
    // UpdateGroup resets what it is not sent: the service reads the group and merges. Absent = keep, null = clear.
    request: groupRefSchema
      .extend({
        description: groupDescriptionSchema.nullable().optional(),
        precedence: precedenceSchema.nullable().optional(),
        roleArn: roleArnSchema.nullable().optional(),
      })
      .strict(),
    response: groupSummarySchema,
    mutating: true,
  },
  'groups:delete': { request: groupRefSchema, response: z.null(), mutating: true },
} satisfies Record<string, ChannelSpec>;
