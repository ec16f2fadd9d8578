/**
 * The AWS CLI's profile variables, in the AWS CLI v2's order. AWS_DEFAULT_PROFILE is the older spelling (AWS CLI v1,
 * boto) still set in many shells: ignoring it would silently send commands to the "default" account instead.
 */
export const PROFILE_VARIABLES = ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'] as const;

export const DEFAULT_PROFILE = 'default';

/**
 * The profile used when none is named: the first of the variables that is set (an empty one counts as unset, as
 * `AWS_PROFILE= cmd` means in a shell), else "default". Unchecked: whether it exists is the caller's question.
 */
export function envProfileName(env: NodeJS.ProcessEnv): string {
  for (const variable of PROFILE_VARIABLES) {
    const value = env[variable];
    if (value) return value;
  }
  return DEFAULT_PROFILE;
}
