import type { Command } from 'commander';
import { preflightPool } from '../../main/services/preflight';
import type { Finding, PoolPreflight } from '../../shared/preflight/types';
import type { CliDeps } from '../deps';
import { json, withContext } from '../deps';
import { ExitCode } from '../exit-codes';
import type { TargetFlags } from '../pool-target';
import { parsePoolId, parseTarget, poolClient } from '../pool-target';
import { chooseProfile, PROFILE_HELP } from '../profile-choice';

export interface PreflightOptions extends TargetFlags {
  userPoolId: string;
  json?: boolean;
}

const MARK: Record<Finding['status'], string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', unknown: 'N/A ' };

/** One block per finding: status and check, why, and the fix when it is not a pass. */
export function preflightText(result: PoolPreflight): string {
  const lines = [`Email pre-flight of ${result.poolName} (${result.poolId}, ${result.region})`, ''];
  for (const f of result.findings) {
    lines.push(`${MARK[f.status]}  ${f.title}`, `      ${f.why}`);
    if (f.fix && f.status !== 'pass') lines.push(`      fix: ${f.fix}`);
  }
  const fails = result.findings.filter((f) => f.status === 'fail').length;
  const warns = result.findings.filter((f) => f.status === 'warn').length;
  lines.push('', `${fails} failed, ${warns} warnings, ${result.findings.length - fails - warns} other`);
  return `${lines.join('\n')}\n`;
}

/**
 * Will this pool's email be delivered? Prints every finding and exits 1 when any fails, so a deployment pipeline can
 * stop before launching a pool that cannot send its codes. Warnings and "could not check" do not fail the run.
 */
export async function preflightCommand(options: PreflightOptions, deps: CliDeps): Promise<number> {
  const choice = chooseProfile(options.profile, deps.env);
  const target = parseTarget(options, [choice.name], deps);
  const userPoolId = parsePoolId(options.userPoolId, '--user-pool-id');
  const result = await withContext(deps, target.env, async (ctx) => {
    const { idp, region, profile } = await poolClient(ctx, deps, choice, target.region);
    const sesFor = async (sesRegion: string) =>
      ctx.clients.get(await ctx.registry.resolve(profile, sesRegion), sesRegion, 'sesv2');
    return preflightPool({ idp, sesFor }, region, userPoolId);
  });
  deps.io.out(options.json ? json(result) : preflightText(result));
  return result.findings.some((f) => f.status === 'fail') ? ExitCode.FINDINGS : ExitCode.OK;
}

export function registerPreflightCommand(program: Command, deps: CliDeps, setCode: (code: number) => void): void {
  program
    .command('preflight')
    .description(
      "check that a pool's email will be delivered (SES identity, region, sandbox, quota); exit 1 on a failure",
    )
    .option('--profile <name>', PROFILE_HELP)
    .requiredOption('--user-pool-id <id>', 'the pool, for example eu-west-1_AbC123xyz')
    .option('--region <region>', "AWS region (default: AWS_REGION, then the profile's region, then us-east-1)")
    .option('--endpoint-url <url>', 'send every AWS call of this run to this endpoint (an emulator, a proxy)')
    .option('--json', 'print JSON instead of text')
    .action(async (_options: unknown, command: Command) => {
      setCode(await preflightCommand(command.opts<PreflightOptions>(), deps));
    });
}
