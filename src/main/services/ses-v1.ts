import { GetIdentityDkimAttributesCommand, SESClient } from '@aws-sdk/client-ses';
import type { SESv2Client } from '@aws-sdk/client-sesv2';

/** One SES (v1) client per SES v2 client: same region, credentials and endpoint override (built on first use). */
const v1Clients = new WeakMap<SESv2Client, SESClient>();

function sesV1For(sesv2: SESv2Client): SESClient {
  let client = v1Clients.get(sesv2);
  if (!client) {
    const config = sesv2.config;
    client = new SESClient({
      region: config.region,
      credentials: config.credentials,
      // Only a custom endpoint (emulator, profile endpoint_url) is carried over; otherwise SES v1 resolves its own.
      ...(config.isCustomEndpoint && config.endpoint ? { endpoint: config.endpoint } : {}),
      maxAttempts: 2,
    });
    v1Clients.set(sesv2, client);
  }
  return client;
}

/**
 * The Easy DKIM tokens of a domain from SES v1 GetIdentityDkimAttributes. SES v1 and v2 share the same identities,
 * so this is a real AWS call, not an emulator trick: it is the fallback when sesv2 GetEmailIdentity answers without
 * DkimAttributes.Tokens (moto does; real SES v2 normally returns them). Undefined when the call fails.
 */
export async function dkimTokensV1(sesv2: SESv2Client, domain: string): Promise<string[] | undefined> {
  try {
    const answer = await sesV1For(sesv2).send(new GetIdentityDkimAttributesCommand({ Identities: [domain] }));
    return answer.DkimAttributes?.[domain]?.DkimTokens;
  } catch {
    return undefined;
  }
}
