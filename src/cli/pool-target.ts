import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../shared/ipc/errors';
import { regionSchema, SANDBOX_PROFILE } from '../shared/model/profiles';
import { userPoolIdSchema } from '../shared/model/user-pools';
import type { CliContext } from './context';
import type { CliDeps } from './deps';
import { UsageError } from './exit-codes';
import { parseEndpointUrl, parseProfileName, parseRegion, withEndpointOverride } from './options';
import type { ProfileChoice } from './profile-choice';
import { requireProfile } from './profile-choice';

/** The flags every pool command shares, checked offline so a usage error stays instant (exit 2). */
export interface TargetFlags {
  /** Optional: chooseProfile falls back to AWS_PROFILE, AWS_DEFAULT_PROFILE, then "default". */
  profile?: string;
  region?: string;
  endpointUrl?: string;
}

export interface Target {
  /** The region from --region (or the side's own @REGION); undefined = the profile's default. */
  region?: string;
  env: NodeJS.ProcessEnv;
}

export function parseTarget(flags: TargetFlags, profiles: readonly string[], deps: CliDeps): Target {
  const region = flags.region === undefined ? undefined : parseRegion(flags.region, '--region');
  const endpointUrl = flags.endpointUrl === undefined ? undefined : parseEndpointUrl(flags.endpointUrl);
  if (endpointUrl && profiles.includes(SANDBOX_PROFILE)) {
    throw new UsageError(
      `--endpoint-url cannot be used with the "${SANDBOX_PROFILE}" profile: it runs its own emulator`,
    );
  }
  return { region, env: endpointUrl ? withEndpointOverride(deps.env, endpointUrl) : deps.env };
}

export function parsePoolId(value: string, flag: string): string {
  const parsed = userPoolIdSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`invalid ${flag} "${value}": not a user pool id (eu-west-1_AbC123xyz)`);
  return parsed.data;
}

/** The chosen profile's name once the ini files confirm it exists (see requireProfile for the errors). */
export async function knownProfile(ctx: CliContext, choice: ProfileChoice): Promise<string> {
  const names = (await ctx.registry.list()).map((p) => p.name);
  return requireProfile(choice, names);
}

/**
 * The Cognito client of a profile and region, as the app gets it: known profile, region resolved like the other
 * commands, the Local sandbox started when it is the profile. `explicitRegion` wins over the profile's region.
 */
export async function poolClient(
  ctx: CliContext,
  deps: CliDeps,
  choice: ProfileChoice,
  explicitRegion: string | undefined,
): Promise<{ idp: CognitoIdentityProviderClient; region: string; profile: string }> {
  const profile = await knownProfile(ctx, choice);
  const region = explicitRegion ?? parseRegion(await ctx.registry.defaultRegion(profile), 'from the profile');
  if (profile === SANDBOX_PROFILE) {
    await ctx.sandbox.ensureRunning((p) => {
      if (deps.io.progress) deps.io.err(`sandbox: ${p.message}\n`);
    });
  }
  const resolved = await ctx.registry.resolve(profile, region);
  return { idp: ctx.clients.get(resolved, region, 'cognitoIdp'), region, profile };
}

/**
 * The read-only flag the app's Settings set: the CLI refuses a write exactly as the app's router does (FORBIDDEN,
 * before any AWS call). It exits 3 like every other refusal by the environment, since the command line was valid.
 */
export function refuseReadOnly(ctx: CliContext, profile: string, command: string): void {
  if (!ctx.settings.isReadOnly(profile)) return;
  throw new AppError('FORBIDDEN', `Profile "${profile}" is read-only: ${command} was refused before any AWS call.`, {
    hint: 'Turn read-only off for this profile in Settings to make changes.',
  });
}

export interface PoolSideSpec {
  /** Undefined for a bare POOL_ID: the side takes the command's profile (--profile, AWS_PROFILE, ...). */
  profile?: string;
  region?: string;
  userPoolId: string;
}

export const SIDE_SYNTAX = 'PROFILE[@REGION]:POOL_ID';
/** A side as --help and errors spell it: the prefix is optional. */
export const SIDE_FORMS = `${SIDE_SYNTAX} or a bare POOL_ID`;

/**
 * `PROFILE[@REGION]:POOL_ID` or `POOL_ID`. Pool ids never hold ":" and regions never hold "@", so the last ":" ends the profile
 * and a trailing "@" + region names the region; profile names may themselves contain ":" and "@". Without a ":" the
 * whole value is the pool id.
 */
export function parseSide(value: string, flag: string): PoolSideSpec {
  const colon = value.lastIndexOf(':');
  if (colon === -1) return { profile: undefined, region: undefined, userPoolId: parsePoolId(value, flag) };
  if (colon === 0 || colon === value.length - 1) {
    throw new UsageError(`invalid ${flag} "${value}": use ${SIDE_FORMS}, for example dev@eu-west-1:eu-west-1_AbC123`);
  }
  let profile = value.slice(0, colon);
  const userPoolId = parsePoolId(value.slice(colon + 1), flag);
  let region: string | undefined;
  const at = profile.lastIndexOf('@');
  if (at > 0) {
    const candidate = profile.slice(at + 1);
    if (regionSchema.safeParse(candidate).success) {
      region = candidate;
      profile = profile.slice(0, at);
    }
  }
  return { profile: parseProfileName(profile, `${flag} profile`), region, userPoolId };
}
