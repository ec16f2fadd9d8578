import { z } from 'zod';
import { configChangeSchema } from '../../model/pool-config';
import { appClientIdSchema } from '../../model/pool-clients';
import { brandingIdSchema, clientBrandingSchema } from '../../model/pool-branding';
import { poolLogsSchema } from '../../model/pool-logs';
import { passkeySettingsSchema } from '../../model/pool-mfa';
import { poolRiskObject, poolRiskSchema, poolRiskViewSchema } from '../../model/pool-risk';
import { profileRefSchema } from '../../model/profiles';
import { userPoolIdSchema } from '../../model/user-pools';
import type { ChannelSpec } from '../channel-spec';

const poolRef = profileRefSchema.extend({ userPoolId: userPoolIdSchema });
const changes = z.array(configChangeSchema);

/**
 * Cognito's newer pool features, each saved with its own call: threat protection's risk configuration, passkeys,
 * log delivery, managed login branding. A save sends the whole desired configuration and the one the user loaded
 * (`expected`): when the pool moved since, the call fails with CONFLICT and the UI recomputes the diff.
 */
export const poolFeatureChannels = {
  /** DescribeRiskConfiguration, pool-wide or for one app client. */
  'userPools:risk': {
    request: poolRef.extend({ clientId: appClientIdSchema.optional() }).strict(),
    response: poolRiskViewSchema,
  },
  /** Read-modify-write SetRiskConfiguration. */
  'userPools:set-risk': {
    request: poolRef
      .extend({ clientId: appClientIdSchema.optional(), risk: poolRiskSchema, expected: poolRiskObject.optional() })
      .strict(),
    response: z.object({ changes, view: poolRiskViewSchema }),
    mutating: true,
  },
  /** Passkey (WebAuthn) settings from GetUserPoolMfaConfig. */
  'userPools:passkeys': { request: poolRef.strict(), response: passkeySettingsSchema },
  /** Read-modify-write SetUserPoolMfaConfig that changes only the passkey settings. */
  'userPools:set-passkeys': {
    request: poolRef.extend({ passkeys: passkeySettingsSchema, expected: passkeySettingsSchema.optional() }).strict(),
    response: z.object({ changes, passkeys: passkeySettingsSchema }),
    mutating: true,
  },
  /** GetLogDeliveryConfiguration: where each event source's logs go. */
  'userPools:log-delivery': { request: poolRef.strict(), response: poolLogsSchema },
  /** Read-modify-write SetLogDeliveryConfiguration. */
  'userPools:set-log-delivery': {
    request: poolRef.extend({ logs: poolLogsSchema, expected: poolLogsSchema.optional() }).strict(),
    response: z.object({ changes, logs: poolLogsSchema }),
    mutating: true,
  },
  /** Each app client and whether it has a managed login branding style. */
  'userPools:branding': { request: poolRef.strict(), response: z.array(clientBrandingSchema) },
  /** CreateManagedLoginBranding with Cognito's provided values. */
  'userPools:create-branding': {
    request: poolRef.extend({ clientId: appClientIdSchema }).strict(),
    response: clientBrandingSchema,
    mutating: true,
  },
  /** DeleteManagedLoginBranding, confirmed by the app client's name typed out. */
  'userPools:delete-branding': {
    request: poolRef
      .extend({
        clientId: appClientIdSchema,
        brandingId: brandingIdSchema,
        confirmName: z.string().min(1, 'Type the app client name to confirm').max(128),
      })
      .strict(),
    response: z.null(),
    mutating: true,
  },
} satisfies Record<string, ChannelSpec>;
