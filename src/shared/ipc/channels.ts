import { z } from 'zod';
import { connectionSchema, profileNameSchema, profileRefSchema, profileSummarySchema } from '../model/profiles';
import { sandboxProgressSchema, sandboxStatusSchema } from '../model/sandbox';
import { settingsSchema, THEMES } from '../model/settings';
import { userPoolIdSchema, userPoolSummarySchema } from '../model/user-pools';

const empty = z.object({}).strict();

interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
  /** A mutating channel makes AWS write calls: refused with FORBIDDEN for a read-only profile. */
  mutating?: boolean;
}

/**
 * The one IPC contract. Every channel exists here once; main, preload, web host and renderer derive from it.
 * A request that names an AWS profile carries `profile` at its top level, so the router can enforce read-only.
 */
export const channels = {
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

/** Events flow main -> the window that made the request, never broadcast. */
export const events = {
  'credentials:mfa-prompt': z.object({
    promptId: z.string().uuid(),
    profile: profileNameSchema,
    mfaSerial: z.string(),
  }),
  'sandbox:progress': sandboxProgressSchema,
} satisfies Record<string, z.ZodType>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type RequestOf<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

export function isMutating(name: ChannelName): boolean {
  const spec: ChannelSpec = channels[name];
  return spec.mutating === true;
}

/** The two Electron IPC names everything travels over: calls are routed by the `channels` map above, not by these. */
export const TRANSPORT = { invoke: 'cc:invoke', event: 'cc:event' } as const;
