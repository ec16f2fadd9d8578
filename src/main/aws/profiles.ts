import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import type { ProfileKind } from '../../shared/model/profiles';

/** The AWS services the console calls, with the keys their endpoints go by in config files and env vars. */
export const SERVICES = {
  cognitoIdp: { iniKey: 'cognito_identity_provider', envSuffix: 'COGNITO_IDENTITY_PROVIDER' },
  cognitoIdentity: { iniKey: 'cognito_identity', envSuffix: 'COGNITO_IDENTITY' },
  sesv2: { iniKey: 'sesv2', envSuffix: 'SESV2' },
  sts: { iniKey: 'sts', envSuffix: 'STS' },
} as const;
export type ServiceName = keyof typeof SERVICES;

/** Everything main knows about a profile from the ini files, secrets excluded (they stay in the SDK providers). */
export interface ProfileConfig {
  name: string;
  kind: ProfileKind;
  region?: string;
  /** Profile-wide endpoint_url. */
  endpointUrl?: string;
  /** Per-service endpoint_url from the profile's `services` section. */
  serviceEndpoints: Partial<Record<ServiceName, string>>;
  roleArn?: string;
  sourceProfile?: string;
  mfaSerial?: string;
  ssoSession?: string;
  ssoStartUrl?: string;
  credentialProcess?: string;
  /** `ignore_configured_endpoint_urls = true` in the profile. */
  ignoreConfiguredEndpointUrls?: boolean;
}

export interface ProfileFiles {
  /** ~/.aws/config, or AWS_CONFIG_FILE. */
  configFilepath?: string;
  /** ~/.aws/credentials, or AWS_SHARED_CREDENTIALS_FILE. */
  filepath?: string;
}

type Section = Record<string, string | undefined>;

/** Reads both ini files with the SDK's own parser and returns the profiles in file order, `default` first. */
export async function loadProfiles(files: ProfileFiles = {}): Promise<ProfileConfig[]> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ ...files, ignoreCache: true });
  const names = new Set<string>();
  for (const key of [...Object.keys(configFile), ...Object.keys(credentialsFile)]) {
    if (!key.startsWith('sso-session.') && !key.startsWith('services.')) names.add(key);
  }
  const ordered = [...names].sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : 0));
  // The credentials file wins over the config file for the same key, as in the SDK's parseKnownFiles.
  return ordered.map((name) => toProfile(name, { ...configFile[name], ...credentialsFile[name] }, configFile));
}

function toProfile(name: string, section: Section, configFile: Record<string, Section>): ProfileConfig {
  const servicesName = section.services;
  const services = servicesName ? (configFile[`services.${servicesName}`] ?? {}) : {};
  const serviceEndpoints: ProfileConfig['serviceEndpoints'] = {};
  for (const [service, { iniKey }] of Object.entries(SERVICES) as [ServiceName, (typeof SERVICES)[ServiceName]][]) {
    const url = services[`${iniKey}.endpoint_url`] ?? services[`${iniKey.replace(/_/g, '-')}.endpoint_url`];
    if (url) serviceEndpoints[service] = url;
  }
  const ssoSession = section.sso_session;
  const ssoStartUrl =
    section.sso_start_url ?? (ssoSession ? configFile[`sso-session.${ssoSession}`]?.sso_start_url : undefined);
  return {
    name,
    kind: kindOf(section, ssoStartUrl),
    region: section.region,
    endpointUrl: section.endpoint_url,
    serviceEndpoints,
    roleArn: section.role_arn,
    sourceProfile: section.source_profile,
    mfaSerial: section.mfa_serial,
    ssoSession,
    ssoStartUrl,
    credentialProcess: section.credential_process,
    ignoreConfiguredEndpointUrls: section.ignore_configured_endpoint_urls === 'true',
  };
}

/** The credential source the SDK's fromIni picks for this section, checked in the SDK's own order. */
function kindOf(section: Section, ssoStartUrl: string | undefined): ProfileKind {
  if (section.role_arn && (section.source_profile ?? section.credential_source)) return 'assume-role';
  if (section.aws_access_key_id && section.aws_secret_access_key) return 'static';
  if (section.role_arn && section.web_identity_token_file) return 'web-identity';
  if (section.credential_process) return 'process';
  if (section.sso_session || ssoStartUrl || section.sso_account_id || section.sso_role_name || section.sso_region)
    return 'sso';
  return 'other';
}

/** The endpoint a client for this profile and service must use, in the SDK's documented order of precedence. */
export function endpointFor(
  profile: ProfileConfig,
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  // The environment variable overrides the profile setting either way; the SDK accepts only "true" and "false".
  const ignore = env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS;
  if (ignore === 'true' || (ignore !== 'false' && profile.ignoreConfiguredEndpointUrls === true)) return undefined;
  // `||`, not `??`: the SDK treats an empty variable as unset.
  return (
    env[`AWS_ENDPOINT_URL_${SERVICES[service].envSuffix}`] ||
    env.AWS_ENDPOINT_URL ||
    profile.serviceEndpoints[service] ||
    profile.endpointUrl ||
    undefined
  );
}
