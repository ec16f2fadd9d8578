import { z } from 'zod';
import {
  configChangeSchema,
  poolConfigSchema,
  poolEditSchema,
  poolUpdateResultSchema,
  poolVersionSchema,
} from '../../model/pool-config';
import { customAttributeSchema } from '../../model/custom-attributes';
import {
  appClientConfigSchema,
  appClientIdSchema,
  appClientSummarySchema,
  clientCreateSchema,
  clientEditSchema,
  clientUpdateResultSchema,
} from '../../model/pool-clients';
import { poolCompareSchema, poolSideSchema } from '../../model/pool-compare';
import { poolCreateExtrasSchema, poolCreateResultSchema, poolCreateSchema } from '../../model/pool-create';
import {
  certificateArnSchema,
  customDomainSchema,
  domainPrefixSchema,
  poolDomainSchema,
} from '../../model/pool-domain';
import { poolExportSchema } from '../../model/pool-export';
import { poolMfaEditSchema, poolMfaSchema } from '../../model/pool-mfa';
import { profileRefSchema } from '../../model/profiles';
import { userPoolIdSchema, userPoolSummarySchema } from '../../model/user-pools';
import type { ChannelSpec } from '../channel-spec';

const poolRef = profileRefSchema.extend({ userPoolId: userPoolIdSchema });

/**
 * An edit of a pool's settings. `expected` is the version the user saw (from userPools:describe or a preview):
 * when the pool has moved since, the call fails with CONFLICT and the UI recomputes the diff.
 */
const poolEditRequest = poolRef.extend({ edit: poolEditSchema, expected: poolVersionSchema.optional() }).strict();

const clientRef = poolRef.extend({ clientId: appClientIdSchema });
const clientEditRequest = clientRef.extend({ edit: clientEditSchema, expected: poolVersionSchema.optional() }).strict();
const confirmName = z.string().min(1, 'Type the name to confirm').max(128, 'A name is at most 128 characters');

/** User pools: list, configuration, app clients, delete. */
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
  'userPools:list-clients': { request: poolRef.strict(), response: z.array(appClientSummarySchema) },
  'userPools:describe-client': { request: clientRef.strict(), response: appClientConfigSchema },
  'userPools:create-client': {
    request: poolRef.extend({ client: clientCreateSchema }).strict(),
    response: appClientConfigSchema,
    mutating: true,
  },
  'userPools:preview-client-update': { request: clientEditRequest, response: clientUpdateResultSchema },
  /** Read-modify-write UpdateUserPoolClient, same rule as userPools:update. */
  'userPools:update-client': { request: clientEditRequest, response: clientUpdateResultSchema, mutating: true },
  /** The secret only on an explicit reveal; no other response carries it. */
  'userPools:reveal-client-secret': {
    request: clientRef.strict(),
    response: z.object({ secret: z.string().nullable() }),
  },
  'userPools:delete-client': {
    request: clientRef.extend({ confirmName }).strict(),
    response: z.null(),
    mutating: true,
  },
  /** Two pools, possibly in different profiles and regions: a section-grouped diff, ids and timestamps ignored. */
  'userPools:compare': {
    request: z.object({ left: poolSideSchema, right: poolSideSchema }).strict(),
    response: poolCompareSchema,
  },
  /** A new pool from the wizard: every section, including what is fixed at creation; then its client and domain. */
  'userPools:create': {
    request: profileRefSchema.extend({ pool: poolCreateSchema, extras: poolCreateExtrasSchema.optional() }).strict(),
    response: poolCreateResultSchema,
    mutating: true,
  },
  /** The pool, clients and groups as create requests (JSON) and as a CloudFormation template (YAML). */
  'userPools:export': {
    request: poolRef.strict(),
    response: z.object({ data: poolExportSchema, cloudFormation: z.string() }),
  },
  'userPools:create-from-export': {
    request: profileRefSchema
      .extend({
        data: poolExportSchema,
        poolName: z
          .string()
          .min(1, 'Name the new pool')
          .max(128, 'A pool name is at most 128 characters')
          .regex(/^[\w\s+=,.@-]+$/, 'A pool name holds letters, digits, spaces and + = , . @ - only')
          .optional(),
      })
      .strict(),
    response: z.object({ userPoolId: userPoolIdSchema }),
    mutating: true,
  },
  'userPools:domain': { request: poolRef.strict(), response: poolDomainSchema },
  /** Whether a Cognito prefix domain is free in the region (prefixes are unique across accounts). */
  'userPools:check-domain': {
    request: profileRefSchema.extend({ prefix: domainPrefixSchema }).strict(),
    response: z.object({ available: z.boolean() }),
  },
  'userPools:create-domain': {
    request: poolRef.extend({ prefix: domainPrefixSchema }).strict(),
    response: poolDomainSchema,
    mutating: true,
  },
  /** A custom domain (CloudFront + an ACM certificate in us-east-1); the answer names the DNS alias target. */
  'userPools:create-custom-domain': {
    request: poolRef.extend({ domain: customDomainSchema, certificateArn: certificateArnSchema }).strict(),
    response: poolDomainSchema,
    mutating: true,
  },
  'userPools:update-domain-certificate': {
    request: poolRef.extend({ certificateArn: certificateArnSchema }).strict(),
    response: poolDomainSchema,
    mutating: true,
  },
  /** `domain` is typed by the user to confirm and must be the pool's domain. */
  'userPools:delete-domain': {
    request: poolRef
      .extend({ domain: z.string().min(1, 'Type the domain to confirm').max(63, 'A domain is at most 63 characters') })
      .strict(),
    response: poolDomainSchema,
    mutating: true,
  },
  /** Second factors (GetUserPoolMfaConfig). */
  'userPools:mfa': { request: poolRef.strict(), response: poolMfaSchema },
  /** Read-modify-write SetUserPoolMfaConfig; returns what changed. */
  'userPools:set-mfa': {
    request: poolRef.extend({ edit: poolMfaEditSchema }).strict(),
    response: z.object({ changes: z.array(configChangeSchema), mfa: poolMfaSchema }),
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
