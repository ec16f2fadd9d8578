import type { SESv2Client } from '@aws-sdk/client-sesv2';
import {
  GetAccountCommand,
  GetConfigurationSetCommand,
  GetEmailIdentityCommand,
  paginateListConfigurationSets,
  paginateListEmailIdentities,
} from '@aws-sdk/client-sesv2';
import type { ConfigurationSet, DkimRecord, SesAccount, SesIdentity } from '../../shared/model/ses';
import { mapLimit } from './map-limit';

/** GetEmailIdentity and GetConfigurationSet run a few at a time: SES allows about one request a second per call. */
const DETAIL_CONCURRENCY = 4;

export async function getSesAccount(ses: SESv2Client): Promise<SesAccount> {
  const account = await ses.send(new GetAccountCommand({}));
  return {
    productionAccessEnabled: account.ProductionAccessEnabled === true,
    sendingEnabled: account.SendingEnabled === true,
    enforcementStatus: account.EnforcementStatus,
    max24HourSend: account.SendQuota?.Max24HourSend,
    maxSendRate: account.SendQuota?.MaxSendRate,
    sentLast24Hours: account.SendQuota?.SentLast24Hours,
    reviewStatus: account.Details?.ReviewDetails?.Status,
    reviewCaseId: account.Details?.ReviewDetails?.CaseId,
  };
}

/** The Easy DKIM records for a domain: `<token>._domainkey.<domain>` CNAME `<token>.dkim.amazonses.com`. */
export function dkimRecords(domain: string, tokens: readonly string[]): DkimRecord[] {
  return tokens.map((token) => ({
    name: `${token}._domainkey.${domain}`,
    type: 'CNAME',
    value: `${token}.dkim.amazonses.com`,
  }));
}

/** The records as lines of a BIND zone file, for pasting into a DNS provider that imports zones. */
export function bindSnippet(records: readonly DkimRecord[]): string {
  return records.map((r) => `${r.name}. 1800 IN CNAME ${r.value}.`).join('\n');
}

export async function listSesIdentities(ses: SESv2Client): Promise<SesIdentity[]> {
  const listed: { name: string; type: SesIdentity['type']; verificationStatus?: string; sendingEnabled?: boolean }[] =
    [];
  // No PageSize: the service default is fine, and moto 5.2 fails (HTTP 500) when one is sent.
  for await (const page of paginateListEmailIdentities({ client: ses }, {})) {
    for (const identity of page.EmailIdentities ?? []) {
      listed.push({
        name: identity.IdentityName ?? '',
        type: identity.IdentityType ?? 'UNKNOWN',
        verificationStatus: identity.VerificationStatus,
        sendingEnabled: identity.SendingEnabled,
      });
    }
  }
  return mapLimit(listed, DETAIL_CONCURRENCY, async (base): Promise<SesIdentity> => {
    try {
      const detail = await ses.send(new GetEmailIdentityCommand({ EmailIdentity: base.name }));
      const tokens = detail.DkimAttributes?.Tokens ?? [];
      return {
        ...base,
        verificationStatus: detail.VerificationStatus ?? base.verificationStatus,
        dkimStatus: detail.DkimAttributes?.Status,
        dkimSigningEnabled: detail.DkimAttributes?.SigningEnabled,
        dkimRecords: base.type === 'EMAIL_ADDRESS' ? [] : dkimRecords(base.name, tokens),
        configurationSet: detail.ConfigurationSetName,
      };
    } catch (error) {
      return { ...base, dkimRecords: [], detailError: describeError(error) };
    }
  });
}

export async function listConfigurationSets(ses: SESv2Client): Promise<ConfigurationSet[]> {
  const names: string[] = [];
  for await (const page of paginateListConfigurationSets({ client: ses }, {})) {
    names.push(...(page.ConfigurationSets ?? []));
  }
  return mapLimit(names, DETAIL_CONCURRENCY, async (name): Promise<ConfigurationSet> => {
    try {
      const set = await ses.send(new GetConfigurationSetCommand({ ConfigurationSetName: name }));
      return {
        name,
        sendingEnabled: bool(set.SendingOptions?.SendingEnabled),
        reputationMetricsEnabled: bool(set.ReputationOptions?.ReputationMetricsEnabled),
        tlsPolicy: set.DeliveryOptions?.TlsPolicy,
        suppressedReasons: set.SuppressionOptions?.SuppressedReasons ?? [],
      };
    } catch (error) {
      return { name, suppressedReasons: [], detailError: describeError(error) };
    }
  });
}

/** moto 5.2 returns `{}` where SES returns a boolean: anything else than a boolean is "not known". */
function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  return `${name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
}
