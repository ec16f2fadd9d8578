import { z } from 'zod';
import { connectionSchema, profileNameSchema, profileRefSchema, profileSummarySchema } from '../../model/profiles';
import { sandboxStatusSchema } from '../../model/sandbox';
import { rateLimitsSchema } from '../../model/rate-limits';
import { indexSyncShareSchema, settingsSchema, THEMES } from '../../model/settings';
import type { ChannelSpec } from '../channel-spec';
import { empty } from '../channel-spec';

/** The app itself: settings, profiles, credential prompts, the Local sandbox. */
export const appChannels = {
  'app:info': {
    request: empty,
    response: z.object({ version: z.string(), platform: z.string(), host: z.enum(['electron', 'web']) }),
  },
  'settings:get': { request: empty, response: settingsSchema },
  'settings:update': {
    request: z
      .object({
        theme: z.enum(THEMES).optional(),
        lastProfile: profileNameSchema.optional(),
        lastRegion: z.string().max(32).optional(),
        /** Replaces all lowered rates ({} = every category at its documented default). */
        rateLimits: rateLimitsSchema.optional(),
        /** The share of UserList a local index sync may use (0.1..1); new syncs start at it. */
        indexSyncShare: indexSyncShareSchema.optional(),
      })
      .strict(),
    response: settingsSchema,
  },
  'settings:set-read-only': {
    request: z.object({ profile: profileNameSchema, readOnly: z.boolean() }).strict(),
    response: settingsSchema,
  },
  'profiles:list': { request: empty, response: z.array(profileSummarySchema) },
  'profiles:connect': { request: profileRefSchema, response: connectionSchema },
  'credentials:mfa-answer': {
    request: z
      .object({
        promptId: z.string().uuid(),
        code: z
          .string()
          .regex(/^\d{6}$/, 'An MFA code is 6 digits')
          .nullable(),
      })
      .strict(),
    response: z.null(),
  },
  'sandbox:status': { request: empty, response: sandboxStatusSchema },
  'sandbox:install-moto': { request: empty, response: sandboxStatusSchema },
} satisfies Record<string, ChannelSpec>;
