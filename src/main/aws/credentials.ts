import { fromIni, fromSSO } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { AppError } from '../../shared/ipc/errors';
import type { ProfileConfig, ProfileFiles } from './profiles';

export type MfaCodeProvider = (profile: string, mfaSerial: string) => Promise<string>;

export interface CredentialOptions {
  files: ProfileFiles;
  region: string;
  stsEndpoint?: string;
  mfaCodeProvider: MfaCodeProvider;
}

/**
 * The SDK's own resolution (static keys, SSO, assume-role with MFA, credential_process), with its failures
 * turned into AWS_AUTH errors that say what to do next. Secrets never leave the returned provider.
 */
export function credentialsFor(profile: ProfileConfig, options: CredentialOptions): AwsCredentialIdentityProvider {
  const provider = profile.kind === 'sso' ? ssoProvider(profile, options) : iniProvider(profile, options);
  return async (identityProperties) => {
    try {
      return await provider(identityProperties);
    } catch (cause) {
      throw credentialError(profile, cause);
    }
  };
}

function iniProvider(profile: ProfileConfig, options: CredentialOptions): AwsCredentialIdentityProvider {
  return fromIni({
    profile: profile.name,
    ...options.files,
    ignoreCache: true,
    mfaCodeProvider: (serial) => options.mfaCodeProvider(profile.name, serial),
    clientConfig: { region: options.region, ...(options.stsEndpoint ? { endpoint: options.stsEndpoint } : {}) },
  });
}

/**
 * fromIni hands an SSO profile to fromSSO without the file paths (it would read ~/.aws/config instead of ours)
 * and with our clientConfig (the console's region and STS endpoint instead of the profile's sso_region).
 * Calling fromSSO directly with the files and no clientConfig resolves it as the AWS CLI does.
 */
function ssoProvider(profile: ProfileConfig, options: CredentialOptions): AwsCredentialIdentityProvider {
  return fromSSO({ profile: profile.name, ...options.files, ignoreCache: true });
}

export function staticCredentials(credentials: AwsCredentialIdentity): AwsCredentialIdentityProvider {
  return () => Promise.resolve(credentials);
}

export function credentialError(profile: ProfileConfig, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  const name = cause instanceof Error ? cause.name : 'CredentialsProviderError';
  const hint =
    profile.kind === 'sso'
      ? `Run \`aws sso login --profile ${profile.name}\` in a terminal, then retry.`
      : profile.mfaSerial
        ? `Profile "${profile.name}" assumes ${profile.roleArn ?? 'a role'} with MFA: enter a current code from ${profile.mfaSerial}.`
        : profile.kind === 'process'
          ? `The credential_process of profile "${profile.name}" failed; run it in a terminal to see why.`
          : `Check the credentials of profile "${profile.name}".`;
  return new AppError('AWS_AUTH', `Could not get credentials for profile "${profile.name}": ${firstLine(message)}`, {
    awsCode: name,
    hint,
  });
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.slice(0, 300) ?? '';
}

/** Refresh credentials this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * One credential fetch shared by every client of a profile: an assume-role with MFA asks for one code, not one per
 * service. Kept until five minutes before expiry; a failure is not kept, so Retry asks again.
 */
export function shareCredentials(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined;
  const fetchNew = (identityProperties?: Record<string, unknown>): Promise<AwsCredentialIdentity> => {
    const attempt = provider(identityProperties).catch((error: unknown) => {
      if (current === attempt) current = undefined;
      throw error;
    });
    current = attempt;
    return attempt;
  };
  return async (identityProperties) => {
    if (!current) return fetchNew(identityProperties);
    const credentials = await current;
    const expiresAt = credentials.expiration?.getTime();
    return expiresAt !== undefined && expiresAt - Date.now() < REFRESH_MARGIN_MS
      ? fetchNew(identityProperties)
      : credentials;
  };
}
