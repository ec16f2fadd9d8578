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
import { dkimTokensV1 } from './ses-v1';

/** GetEmailIdentity and GetConfigurationSet run a few at a time: SES allows about one request a second per call. */
const DETAIL_CONCURRENCY = 4;

export async function getSesAccount(ses: SESv2Client): Promise<SesAccount> {
  const account = await ses.send(new GetAccountCommand({}));
  const details = account.Details;
  return {
    productionAccessEnabled: account.ProductionAccessEnabled === true,
    sendingEnabled: account.SendingEnabled === true,
    enforcementStatus: account.EnforcementStatus,
    max24HourSend: account.SendQuota?.Max24HourSend,
    maxSendRate: account.SendQuota?.MaxSendRate,
    sentLast24Hours: account.SendQuota?.SentLast24Hours,
    reviewStatus: account.Details?.ReviewDetails?.Status,
    reviewCaseId: account.Details?.ReviewDetails?.CaseId,
    details: details
      ? {
          mailType: details.MailType,
          websiteUrl: details.WebsiteURL,
          useCaseDescription: details.UseCaseDescription,
          contactLanguage: details.ContactLanguage,
          additionalContacts: details.AdditionalContactEmailAddresses ?? [],
        }
      : undefined,
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
  const listed: ListedIdentity[] = [];
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
      return await describeIdentity(ses, base.name, base);
    } catch (error) {
      return { ...base, dkimRecords: [], detailError: describeError(error) };
    }
  });
}

type ListedIdentity = Pick<SesIdentity, 'name' | 'type' | 'verificationStatus' | 'sendingEnabled'>;

/** One identity as GetEmailIdentity has it now (the on-demand "refresh status"), DKIM records included. */
export async function describeIdentity(ses: SESv2Client, name: string, listed?: ListedIdentity): Promise<SesIdentity> {
  const detail = await ses.send(new GetEmailIdentityCommand({ EmailIdentity: name }));
  const type = listed?.type ?? detail.IdentityType ?? (name.includes('@') ? 'EMAIL_ADDRESS' : 'DOMAIN');
  const tokens = await domainTokens(ses, name, type, detail.DkimAttributes?.Tokens);
  return {
    name,
    type,
    verificationStatus: detail.VerificationStatus ?? listed?.verificationStatus,
    sendingEnabled: listed?.sendingEnabled,
    dkimStatus: detail.DkimAttributes?.Status,
    dkimSigningEnabled: detail.DkimAttributes?.SigningEnabled,
    dkimRecords: type === 'EMAIL_ADDRESS' ? [] : dkimRecords(name, tokens),
    configurationSet: detail.ConfigurationSetName,
  };
}

/** A domain's DKIM tokens: sesv2's, or SES v1 GetIdentityDkimAttributes' when sesv2 gave none (see dkimTokensV1). */
export async function domainTokens(
  ses: SESv2Client,
  name: string,
  type: SesIdentity['type'],
  tokens: string[] | undefined,
): Promise<string[]> {
  if (type !== 'DOMAIN' || (tokens && tokens.length > 0)) return tokens ?? [];
  return (await dkimTokensV1(ses, name)) ?? [];
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
