import { SERVICES } from '../main/aws/profiles';
import { profileNameSchema, regionSchema } from '../shared/model/profiles';
import { UsageError } from './exit-codes';

/** The same rules the IPC router applies, so a name the app refuses is refused here too. */
export function parseProfileName(value: string, source = '--profile'): string {
  const parsed = profileNameSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`invalid ${source} "${value}": ${firstIssue(parsed.error)}`);
  return parsed.data;
}

export function parseRegion(value: string, source: string): string {
  const parsed = regionSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`invalid region "${value}" (${source}): ${firstIssue(parsed.error)}`);
  return parsed.data;
}

export function parseEndpointUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`invalid --endpoint-url "${value}": not a URL (for example http://127.0.0.1:5000)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`invalid --endpoint-url "${value}": use an http:// or https:// URL`);
  }
  return value;
}

/**
 * The environment the profile registry sees when --endpoint-url is given: every service's override variable set,
 * because the per-service variables outrank AWS_ENDPOINT_URL and the profile's own endpoint_url (see endpointFor).
 * Going through the env also covers the STS endpoint that assume-role credentials use. An explicit flag also beats
 * `ignore_configured_endpoint_urls` (env or profile): "false" is the SDK's value that overrides the profile's.
 */
export function withEndpointOverride(env: NodeJS.ProcessEnv, endpointUrl: string): NodeJS.ProcessEnv {
  const next: NodeJS.ProcessEnv = {
    ...env,
    AWS_ENDPOINT_URL: endpointUrl,
    AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false',
  };
  for (const { envSuffix } of Object.values(SERVICES)) next[`AWS_ENDPOINT_URL_${envSuffix}`] = endpointUrl;
  return next;
}

function firstIssue(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'invalid value';
}
