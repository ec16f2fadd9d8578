import { listUserPools } from '../../main/services/user-pools';
import { AppError } from '../../shared/ipc/errors';
import { SANDBOX_PROFILE } from '../../shared/model/profiles';
import type { CliContext } from '../context';
import type { CliDeps } from '../deps';
import { json, withContext } from '../deps';
import { ExitCode, UsageError } from '../exit-codes';
import { poolsText, sortPools } from '../format-pools';
import { parseEndpointUrl, parseProfileName, parseRegion, withEndpointOverride } from '../options';

export interface PoolsListOptions {
  profile: string;
  region?: string;
  endpointUrl?: string;
  json?: boolean;
}

/** Every user pool of the profile's account in one region, with the details DescribeUserPool adds. */
export async function poolsListCommand(options: PoolsListOptions, deps: CliDeps): Promise<number> {
  // Everything checkable offline is checked before any file or network access: exit 2 stays instant.
  const profile = parseProfileName(options.profile);
  const explicitRegion = options.region === undefined ? undefined : parseRegion(options.region, '--region');
  const endpointUrl = options.endpointUrl === undefined ? undefined : parseEndpointUrl(options.endpointUrl);
  if (endpointUrl && profile === SANDBOX_PROFILE) {
    throw new UsageError(
      `--endpoint-url cannot be used with the "${SANDBOX_PROFILE}" profile: it runs its own emulator`,
    );
  }
  const env = endpointUrl ? withEndpointOverride(deps.env, endpointUrl) : deps.env;

  const { pools, region } = await withContext(deps, env, async (ctx) => {
    await requireKnownProfile(ctx, profile);
    const region = explicitRegion ?? parseRegion(await ctx.registry.defaultRegion(profile), regionSource(env));
    if (profile === SANDBOX_PROFILE) {
      await ctx.sandbox.ensureRunning((p) => {
        if (deps.io.progress) deps.io.err(`sandbox: ${p.message}\n`);
      });
    }
    const resolved = await ctx.registry.resolve(profile, region);
    return { pools: await listUserPools(ctx.clients.get(resolved, region, 'cognitoIdp')), region };
  });

  const sorted = sortPools(pools);
  deps.io.out(options.json ? json(sorted) : poolsText(sorted, { profile, region }));
  return ExitCode.OK;
}

/** An unknown profile is an AWS-side problem (exit 3), with a pointer to the command that lists the real ones. */
async function requireKnownProfile(ctx: CliContext, profile: string): Promise<void> {
  const names = (await ctx.registry.list()).map((p) => p.name);
  if (!names.includes(profile)) {
    throw new AppError('NOT_FOUND', `No profile named "${profile}" in the AWS config or credentials file.`, {
      hint: '`cognito-console profiles` lists the profiles',
    });
  }
}

function regionSource(env: NodeJS.ProcessEnv): string {
  if (env.AWS_REGION) return 'from AWS_REGION';
  if (env.AWS_DEFAULT_REGION) return 'from AWS_DEFAULT_REGION';
  return "from the profile's region setting";
}
