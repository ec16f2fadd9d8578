import { listUserPools } from '../../main/services/user-pools';
import { SANDBOX_PROFILE } from '../../shared/model/profiles';
import type { CliDeps } from '../deps';
import { json, withContext } from '../deps';
import { ExitCode, UsageError } from '../exit-codes';
import { poolsText, sortPools } from '../format-pools';
import { parseEndpointUrl, parseRegion, withEndpointOverride } from '../options';
import { knownProfile } from '../pool-target';
import { chooseProfile } from '../profile-choice';

export interface PoolsListOptions {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  json?: boolean;
}

/** Every user pool of the profile's account in one region, with the details DescribeUserPool adds. */
export async function poolsListCommand(options: PoolsListOptions, deps: CliDeps): Promise<number> {
  // Everything checkable offline is checked before any file or network access: exit 2 stays instant.
  const choice = chooseProfile(options.profile, deps.env);
  const explicitRegion = options.region === undefined ? undefined : parseRegion(options.region, '--region');
  const endpointUrl = options.endpointUrl === undefined ? undefined : parseEndpointUrl(options.endpointUrl);
  if (endpointUrl && choice.name === SANDBOX_PROFILE) {
    throw new UsageError(
      `--endpoint-url cannot be used with the "${SANDBOX_PROFILE}" profile: it runs its own emulator`,
    );
  }
  const env = endpointUrl ? withEndpointOverride(deps.env, endpointUrl) : deps.env;

  const { pools, region, profile } = await withContext(deps, env, async (ctx) => {
    const profile = await knownProfile(ctx, choice);
    const region = explicitRegion ?? parseRegion(await ctx.registry.defaultRegion(profile), regionSource(env));
    if (profile === SANDBOX_PROFILE) {
      await ctx.sandbox.ensureRunning((p) => {
        if (deps.io.progress) deps.io.err(`sandbox: ${p.message}\n`);
      });
    }
    const resolved = await ctx.registry.resolve(profile, region);
    return { pools: await listUserPools(ctx.clients.get(resolved, region, 'cognitoIdp')), region, profile };
  });

  const sorted = sortPools(pools);
  deps.io.out(options.json ? json(sorted) : poolsText(sorted, { profile, region }));
  return ExitCode.OK;
}

function regionSource(env: NodeJS.ProcessEnv): string {
  if (env.AWS_REGION) return 'from AWS_REGION';
  if (env.AWS_DEFAULT_REGION) return 'from AWS_DEFAULT_REGION';
  return "from the profile's region setting";
}
