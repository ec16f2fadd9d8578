import type { CliDeps } from '../deps';
import { json, withContext } from '../deps';
import { ExitCode } from '../exit-codes';
import { profilesText } from '../format-profiles';

export interface ProfilesOptions {
  json?: boolean;
}

/**
 * ProfileRegistry.list() as the app shows it: the Local sandbox first, then the ini profiles, the default marked
 * (the profile a command without --profile uses).
 */
export async function profilesCommand(options: ProfilesOptions, deps: CliDeps): Promise<number> {
  const listed = await withContext(deps, deps.env, (ctx) => ctx.registry.list());
  deps.io.out(options.json ? json(listed) : profilesText(listed));
  return ExitCode.OK;
}
