import type { CliDeps } from '../deps';
import { json, withContext } from '../deps';
import { ExitCode } from '../exit-codes';
import { profilesText } from '../format-profiles';

export interface ProfilesOptions {
  json?: boolean;
}

/** ProfileRegistry.list() as the app shows it: the Local sandbox first, then the ini profiles. */
export async function profilesCommand(options: ProfilesOptions, deps: CliDeps): Promise<number> {
  const profiles = await withContext(deps, deps.env, (ctx) => ctx.registry.list());
  deps.io.out(options.json ? json(profiles) : profilesText(profiles));
  return ExitCode.OK;
}
