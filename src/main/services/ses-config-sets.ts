import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import {
  CreateConfigurationSetCommand,
  DeleteConfigurationSetCommand,
  GetConfigurationSetCommand,
} from '@aws-sdk/client-sesv2';
import { AppError } from '../../shared/ipc/errors';
import type { ConfigurationSet, ConfigurationSetCreate, ConfigurationSetUse } from '../../shared/model/ses';
import { describeRegionPools } from './region-pools';

/** Creates a configuration set with its sending, reputation, suppression and TLS options, and reads it back. */
export async function createConfigurationSet(
  ses: SESv2Client,
  input: ConfigurationSetCreate,
): Promise<ConfigurationSet> {
  await ses.send(
    new CreateConfigurationSetCommand({
      ConfigurationSetName: input.name,
      SendingOptions: { SendingEnabled: input.sendingEnabled },
      ReputationOptions: { ReputationMetricsEnabled: input.reputationMetricsEnabled },
      // An empty list means "suppress nothing" for this set; the account-level list applies only when omitted.
      SuppressionOptions: { SuppressedReasons: [...input.suppressedReasons] },
      DeliveryOptions: { TlsPolicy: input.tlsPolicy },
    }),
  );
  return describeConfigurationSet(ses, input.name);
}

export async function describeConfigurationSet(ses: SESv2Client, name: string): Promise<ConfigurationSet> {
  const set = await ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: name }));
  return {
    name,
    sendingEnabled: bool(set.SendingOptions?.SendingEnabled),
    reputationMetricsEnabled: bool(set.ReputationOptions?.ReputationMetricsEnabled),
    tlsPolicy: set.DeliveryOptions?.TlsPolicy,
    suppressedReasons: set.SuppressionOptions?.SuppressedReasons ?? [],
  };
}

/** Deletes a configuration set once its name is typed out. */
export async function deleteConfigurationSet(ses: SESv2Client, name: string, confirmName: string): Promise<void> {
  if (confirmName !== name) throw new AppError('VALIDATION', `Type ${name} exactly to delete this configuration set.`);
  await ses.send(new DeleteConfigurationSetCommand({ ConfigurationSetName: name }));
}

/** For each configuration set name, the pools of the region whose EmailConfiguration.ConfigurationSet names it. */
export async function configurationSetUses(idp: CognitoIdentityProviderClient): Promise<ConfigurationSetUse[]> {
  const uses = new Map<string, ConfigurationSetUse>();
  for (const pool of await describeRegionPools(idp)) {
    const name = pool.EmailConfiguration?.ConfigurationSet;
    if (!name) continue;
    const use = uses.get(name) ?? { name, pools: [] };
    use.pools.push({ id: pool.Id ?? '', name: pool.Name ?? '' });
    uses.set(name, use);
  }
  return [...uses.values()];
}

/** moto 5.2 returns `{}` where SES returns a boolean: anything else than a boolean is "not known". */
function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}
