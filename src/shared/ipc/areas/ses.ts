import { z } from 'zod';
import { profileRefSchema } from '../../model/profiles';
import { configurationSetSchema, sesAccountSchema, sesIdentitySchema } from '../../model/ses';
import type { ChannelSpec } from '../channel-spec';

/** Amazon SES (v2) for the profile and region: account state, identities, configuration sets. */
export const sesChannels = {
  'ses:account': { request: profileRefSchema, response: sesAccountSchema },
  'ses:identities': { request: profileRefSchema, response: z.array(sesIdentitySchema) },
  'ses:configuration-sets': { request: profileRefSchema, response: z.array(configurationSetSchema) },
} satisfies Record<string, ChannelSpec>;
