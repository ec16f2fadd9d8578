import { z } from 'zod';
import { profileRefSchema } from '../../model/profiles';
import {
  configurationSetCreateSchema,
  configurationSetNameSchema,
  configurationSetSchema,
  configurationSetUseSchema,
  identityNameSchema,
  productionAccessRequestSchema,
  sesAccountSchema,
  sesIdentitySchema,
} from '../../model/ses';
import type { ChannelSpec } from '../channel-spec';
import { preflightChannels } from './preflight';

const identityRef = profileRefSchema.extend({ identity: identityNameSchema }).strict();
const setRef = profileRefSchema.extend({ name: configurationSetNameSchema }).strict();
const confirmName = z.string().min(1, 'Type the name to confirm').max(320, 'At most 320 characters');

/** Amazon SES (v2) for the profile and region: account state, identities, configuration sets, pre-flight. */
export const sesChannels = {
  'ses:account': { request: profileRefSchema, response: sesAccountSchema },
  'ses:identities': { request: profileRefSchema, response: z.array(sesIdentitySchema) },
  'ses:configuration-sets': { request: profileRefSchema, response: z.array(configurationSetSchema) },
  /** One identity as SES has it now: the "refresh status" of the identities page and the pre-flight re-check. */
  'ses:identity': { request: identityRef, response: sesIdentitySchema },
  /** An email address (SES mails a verification link) or a domain (Easy DKIM: three CNAME records). */
  'ses:create-identity': { request: identityRef, response: sesIdentitySchema, mutating: true },
  'ses:delete-identity': {
    request: identityRef.extend({ confirmName }).strict(),
    response: z.null(),
    mutating: true,
  },
  'ses:create-configuration-set': {
    request: profileRefSchema.extend({ set: configurationSetCreateSchema }).strict(),
    response: configurationSetSchema,
    mutating: true,
  },
  'ses:delete-configuration-set': {
    request: setRef.extend({ confirmName }).strict(),
    response: z.null(),
    mutating: true,
  },
  /** Which pools of the region name each configuration set in EmailConfiguration.ConfigurationSet. */
  'ses:configuration-set-uses': { request: profileRefSchema, response: z.array(configurationSetUseSchema) },
  /** PutAccountDetails with ProductionAccessEnabled; answers with the account and its review status. */
  'ses:request-production-access': {
    request: profileRefSchema.extend({ request: productionAccessRequestSchema }).strict(),
    response: sesAccountSchema,
    mutating: true,
  },
  /** The email pre-flight belongs to the SES area (its own part: ./preflight). */
  ...preflightChannels,
} satisfies Record<string, ChannelSpec>;
