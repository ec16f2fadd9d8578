import { z } from 'zod';
import { profileNameSchema } from '../model/profiles';
import { jobProgressSchema } from '../model/jobs';
import { sandboxProgressSchema } from '../model/sandbox';
import { userPageSchema } from '../model/users';
import { appChannels } from './areas/app';
import { groupChannels } from './areas/groups';
import { identityPoolChannels } from './areas/identity-pools';
import { jobChannels } from './areas/jobs';
import { poolFeatureChannels } from './areas/pool-features';
import { sesChannels } from './areas/ses';
import { sesTemplateChannels } from './areas/ses-templates';
import { userIndexChannels } from './areas/user-index';
import { userPoolChannels } from './areas/user-pools';
import { userChannels } from './areas/users';
import type { ChannelSpec } from './channel-spec';

/**
 * The one IPC contract: one map, composed of one part per area (./areas). Main, preload, web host and renderer
 * derive from it. A request that names an AWS profile carries `profile` at its top level, so the router can enforce
 * read-only. Channel names are unique across areas (a test checks).
 */
export const channels = {
  ...appChannels,
  ...userPoolChannels,
  ...poolFeatureChannels,
  ...userChannels,
  ...userIndexChannels,
  ...groupChannels,
  ...jobChannels,
  ...sesChannels,
  ...sesTemplateChannels,
  ...identityPoolChannels,
} satisfies Record<string, ChannelSpec>;

/** Events flow main -> the window that made the request, never broadcast. */
export const events = {
  'credentials:mfa-prompt': z.object({
    promptId: z.string().uuid(),
    profile: profileNameSchema,
    mfaSerial: z.string(),
  }),
  'sandbox:progress': sandboxProgressSchema,
  'users:page': userPageSchema,
  'jobs:progress': jobProgressSchema,
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
