import type { CliDeps } from '../deps';
import { json, withContext } from '../deps';
import { ExitCode } from '../exit-codes';
import { profilesText } from '../format-profiles';
import { envProfileName } from '../profile-choice';

export interface ProfilesOptions {
  json?: boolean;
}

/**
 * ProfileRegistry.list() as the app shows it: the Local sandbox first, then the ini profiles. The default mark is the
 * profile a command without --profile uses (the registry's own mark knows only AWS_PROFILE, not AWS_DEFAULT_PROFILE).
 */
export async function profilesCommand(options: ProfilesOptions, deps: CliDeps): Promise<number> {
  const listed = await withContext(deps, deps.env, (ctx) => ctx.registry.list());
  const fallback = envProfileName(deps.env);
  const profiles = listed.map((p) => ({ ...p, isDefault: p.name === fallback }));
  deps.io.out(options.json ? json(profiles) : profilesText(profiles));
  return ExitCode.OK;
}
