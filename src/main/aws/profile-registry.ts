import type { ProfileSummary } from '../../shared/model/profiles';
import { SANDBOX_PROFILE, SANDBOX_REGION } from '../../shared/model/profiles';
import { AppError } from '../../shared/ipc/errors';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials';
import type { SandboxManager } from '../sandbox/sandbox-manager';
import type { ResolvedProfile } from './clients';
import { envProfileName } from './default-profile';
import type { MfaCodeProvider } from './credentials';
import { credentialsFor, shareCredentials, staticCredentials } from './credentials';
import type { ProfileConfig, ProfileFiles } from './profiles';
import { endpointFor, loadProfiles } from './profiles';

export interface RegistryOptions {
  files: ProfileFiles;
  env: NodeJS.ProcessEnv;
  sandbox: SandboxManager;
  isReadOnly(profile: string): boolean;
  mfaCodeProvider: MfaCodeProvider;
}

/** The profiles the console offers: the built-in Local sandbox first, then the user's ini profiles. */
export class ProfileRegistry {
  /** One resolved profile (and so one credential cache) per name; an edited ini file is picked up via forget(). */
  private readonly resolved = new Map<string, ResolvedProfile>();

  constructor(private readonly options: RegistryOptions) {}

  forget(name: string): void {
    this.resolved.delete(name);
  }

  async list(): Promise<ProfileSummary[]> {
    const defaultName = envProfileName(this.options.env);
    const sandbox: ProfileSummary = {
      name: SANDBOX_PROFILE,
      kind: 'sandbox',
      region: SANDBOX_REGION,
      readOnly: this.options.isReadOnly(SANDBOX_PROFILE),
      needsMfa: false,
      hasCustomEndpoint: true,
      isDefault: false,
    };
    const files = await this.configs();
    return [
      sandbox,
      ...files.map((p) => ({
        name: p.name,
        kind: p.kind,
        region: validRegion(p.region),
        readOnly: this.options.isReadOnly(p.name),
        needsMfa: Boolean(p.mfaSerial),
        hasCustomEndpoint: Boolean(p.endpointUrl ?? Object.keys(p.serviceEndpoints).length),
        isDefault: p.name === defaultName,
      })),
    ];
  }

  /** The region to use when the user has not picked one: env, then the profile's, then us-east-1. */
  async defaultRegion(name: string): Promise<string> {
    if (name === SANDBOX_PROFILE) return SANDBOX_REGION;
    const config = (await this.configs()).find((p) => p.name === name);
    return this.options.env.AWS_REGION ?? this.options.env.AWS_DEFAULT_REGION ?? config?.region ?? 'us-east-1';
  }

  async resolve(name: string, region: string): Promise<ResolvedProfile> {
    if (name === SANDBOX_PROFILE) {
      const endpoint = await this.options.sandbox.ensureRunning();
      return { name, credentials: staticCredentials(SANDBOX_CREDENTIALS), endpoint: () => endpoint };
    }
    const cached = this.resolved.get(name);
    if (cached) return cached;
    const config = (await this.configs()).find((p) => p.name === name);
    if (!config) throw new AppError('NOT_FOUND', `No profile named "${name}" in the AWS config or credentials file.`);
    const env = this.options.env;
    const profile: ResolvedProfile = {
      name,
      credentials: shareCredentials(
        credentialsFor(config, {
          files: this.options.files,
          region,
          stsEndpoint: endpointFor(config, 'sts', env),
          mfaCodeProvider: this.options.mfaCodeProvider,
        }),
      ),
      endpoint: (service) => endpointFor(config, service, env),
    };
    this.resolved.set(name, profile);
    return profile;
  }

  private configs(): Promise<ProfileConfig[]> {
    return loadProfiles(this.options.files);
  }
}

function validRegion(region: string | undefined): string | undefined {
  return region && /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d{1,2}$/.test(region) ? region : undefined;
}
