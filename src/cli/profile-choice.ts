import { DEFAULT_PROFILE, PROFILE_VARIABLES } from '../main/aws/default-profile';
import { AppError } from '../shared/ipc/errors';
import { SANDBOX_PROFILE } from '../shared/model/profiles';
import { UsageError } from './exit-codes';
import { parseProfileName } from './options';

/**
 * Where a profile name came from, named in errors: "--profile", a diff side's flag ("--left"), an environment
 * variable, or "default" (nothing was given, so the AWS CLI's fallback profile).
 */
export interface ProfileChoice {
  name: string;
  source: string;
}

export const PROFILE_ORDER = `--profile, then AWS_PROFILE, then AWS_DEFAULT_PROFILE, then the "${DEFAULT_PROFILE}" profile`;

export const PROFILE_HELP = `AWS profile from ~/.aws/config or credentials, or "${SANDBOX_PROFILE}" (default: AWS_PROFILE, then AWS_DEFAULT_PROFILE, then "${DEFAULT_PROFILE}")`;

const PROFILES_HINT = '`cognito-console profiles` lists the profiles';

/**
 * --profile, then the env (an empty variable counts as unset, as `AWS_PROFILE= cmd` means in a shell), then
 * "default". Offline: whether the name exists is checked by requireProfile once the ini files are read.
 */
export function chooseProfile(flag: string | undefined, env: NodeJS.ProcessEnv): ProfileChoice {
  if (flag !== undefined) return { name: parseProfileName(flag), source: '--profile' };
  for (const variable of PROFILE_VARIABLES) {
    const value = env[variable];
    if (value) return { name: parseProfileName(value, variable), source: variable };
  }
  return { name: DEFAULT_PROFILE, source: DEFAULT_PROFILE };
}

/**
 * An unknown name that was given (flag or env) is an environment problem, exit 3 like before; no name at all and no
 * "default" profile is a usage problem, exit 2: the command line has to say which profile.
 */
export function requireProfile(choice: ProfileChoice, known: readonly string[]): string {
  if (known.includes(choice.name)) return choice.name;
  if (choice.source === DEFAULT_PROFILE) {
    throw new UsageError(
      `no AWS profile: give --profile NAME, set AWS_PROFILE, or add a [${DEFAULT_PROFILE}] profile to the AWS config ` +
        `or credentials file (${PROFILES_HINT})`,
    );
  }
  throw new AppError(
    'NOT_FOUND',
    `No profile named "${choice.name}" (from ${choice.source}) in the AWS config or credentials file.`,
    { hint: PROFILES_HINT },
  );
}
