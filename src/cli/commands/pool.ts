import type { Command } from 'commander';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { comparePools } from '../../main/services/pool-compare';
import { createPoolFromExport, exportPool } from '../../main/services/pool-export';
import { toCloudFormation } from '../../shared/model/pool-cloudformation';
import { compareToText } from '../../shared/model/pool-compare';
import type { PoolExport } from '../../shared/model/pool-export';
import { poolExportSchema } from '../../shared/model/pool-export';
import type { CliDeps } from '../deps';
import { json, withContext } from '../deps';
import { ExitCode, UsageError } from '../exit-codes';
import type { PoolSideSpec, TargetFlags } from '../pool-target';
import { parsePoolId, parseSide, parseTarget, poolClient, refuseReadOnly, SIDE_FORMS } from '../pool-target';
import type { ProfileChoice } from '../profile-choice';
import { chooseProfile, PROFILE_HELP, PROFILE_ORDER } from '../profile-choice';

const POOL_FORMATS = ['json', 'cloudformation'] as const;

export interface PoolExportOptions extends TargetFlags {
  userPoolId: string;
  format: string;
  out?: string;
}

/** The app's config export (the same JSON and template as the Export dialog), to stdout or a file. */
export async function poolExportCommand(options: PoolExportOptions, deps: CliDeps): Promise<number> {
  const profile = chooseProfile(options.profile, deps.env);
  const target = parseTarget(options, [profile.name], deps);
  const userPoolId = parsePoolId(options.userPoolId, '--user-pool-id');
  if (!(POOL_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`invalid --format "${options.format}": use ${POOL_FORMATS.join(' or ')}`);
  }
  const data = await withContext(deps, target.env, async (ctx) => {
    const { idp } = await poolClient(ctx, deps, profile, target.region);
    return exportPool(idp, userPoolId);
  });
  const text = options.format === 'json' ? json(data) : toCloudFormation(data);
  if (options.out === undefined) {
    deps.io.out(text);
    return ExitCode.OK;
  }
  const file = path.resolve(options.out);
  // Written aside and renamed, so a failed write never leaves half a template where the old one was.
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  deps.io.err(`exported ${userPoolId} (${data.clients.length} app clients, ${data.groups.length} groups) to ${file}\n`);
  return ExitCode.OK;
}

export interface PoolCreateOptions extends TargetFlags {
  from: string;
  poolName?: string;
}

/** A bad file is the caller's input, like a bad flag: exit 2, before any AWS call. */
function readExport(file: string): PoolExport {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read --from "${file}": ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = poolExportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new UsageError(`invalid --from "${file}"${where}: ${issue?.message ?? 'not a pool export'}`);
  }
  return parsed.data;
}

/** Creates a pool (its app clients and groups too) from a JSON export; prints only the new id, for scripts. */
export async function poolCreateCommand(options: PoolCreateOptions, deps: CliDeps): Promise<number> {
  const profile = chooseProfile(options.profile, deps.env);
  const target = parseTarget(options, [profile.name], deps);
  const data = readExport(options.from);
  const poolName = options.poolName?.trim();
  if (poolName !== undefined && (poolName.length === 0 || poolName.length > 128)) {
    throw new UsageError('invalid --pool-name: 1 to 128 characters');
  }
  const { userPoolId } = await withContext(deps, target.env, async (ctx) => {
    refuseReadOnly(ctx, profile.name, 'pool create');
    const { idp } = await poolClient(ctx, deps, profile, target.region);
    return createPoolFromExport(idp, data, poolName);
  });
  deps.io.out(`${userPoolId}\n`);
  return ExitCode.OK;
}

export interface PoolDiffOptions extends TargetFlags {
  left: string;
  right: string;
  json?: boolean;
}

/** Drift detection for CI: the app's section-grouped comparison; exit 1 when anything differs. */
export async function poolDiffCommand(options: PoolDiffOptions, deps: CliDeps): Promise<number> {
  const left = parseSide(options.left, '--left');
  const right = parseSide(options.right, '--right');
  const leftProfile = sideProfile(left, '--left', options, deps);
  const rightProfile = sideProfile(right, '--right', options, deps);
  const target = parseTarget(options, [leftProfile.name, rightProfile.name], deps);
  const result = await withContext(deps, target.env, async (ctx) => {
    const a = await poolClient(ctx, deps, leftProfile, left.region ?? target.region);
    const b = await poolClient(ctx, deps, rightProfile, right.region ?? target.region);
    return comparePools(
      { profile: a.profile, region: a.region, userPoolId: left.userPoolId, idp: a.idp },
      { profile: b.profile, region: b.region, userPoolId: right.userPoolId, idp: b.idp },
    );
  });
  deps.io.out(options.json ? json(result) : compareToText(result));
  return result.differences.length > 0 ? ExitCode.FINDINGS : ExitCode.OK;
}

/** A side's own PROFILE: prefix wins; a bare pool id takes the command's profile, resolved only when it is needed. */
function sideProfile(side: PoolSideSpec, flag: string, options: PoolDiffOptions, deps: CliDeps): ProfileChoice {
  return side.profile === undefined ? chooseProfile(options.profile, deps.env) : { name: side.profile, source: flag };
}

const REGION_HELP = "AWS region (default: AWS_REGION, then the profile's region, then us-east-1)";
const ENDPOINT_HELP = 'send every AWS call of this run to this endpoint (an emulator, a proxy)';

const DIFF_HELP = `
Sides: ${SIDE_FORMS}, for example --left dev@eu-west-1:eu-west-1_AbC123 --right prod:eu-west-1_XyZ789.
A side given as a bare POOL_ID uses ${PROFILE_ORDER};
a side's own PROFILE: prefix wins over all of them.
A side's @REGION wins over --region, which wins over the profile's own region. Ids, ARNs and dates are never
compared. Exit 0 when the pools are equal, 1 when they differ (the differences are printed by section).`;

/** `pool export | create | diff`: declared here so program.ts registers the whole group with one line. */
export function registerPoolCommands(program: Command, deps: CliDeps, setCode: (code: number) => void): void {
  const pool = program.command('pool').description('one user pool: config export, create from an export, diff');
  pool
    .command('export')
    .description("export a pool's configuration (with its app clients and groups), no ids, secrets or dates")
    .option('--profile <name>', PROFILE_HELP)
    .option('--region <region>', REGION_HELP)
    .option('--endpoint-url <url>', ENDPOINT_HELP)
    .requiredOption('--user-pool-id <id>', 'the pool, for example eu-west-1_AbC123xyz')
    .requiredOption('--format <format>', 'json (what `pool create --from` takes) | cloudformation (YAML template)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (_options: unknown, command: Command) => {
      setCode(await poolExportCommand(command.opts<PoolExportOptions>(), deps));
    });
  pool
    .command('create')
    .description('create a pool, its app clients and groups from a JSON export; prints the new pool id')
    .option('--profile <name>', `${PROFILE_HELP}; refused (exit 3) when read-only in the app's Settings`)
    .option('--region <region>', REGION_HELP)
    .option('--endpoint-url <url>', ENDPOINT_HELP)
    .requiredOption('--from <file>', 'a file written by `pool export --format json`')
    .option('--pool-name <name>', "the new pool's name (default: the exported PoolName)")
    .action(async (_options: unknown, command: Command) => {
      setCode(await poolCreateCommand(command.opts<PoolCreateOptions>(), deps));
    });
  pool
    .command('diff')
    .description('compare two pools, possibly in different profiles and regions (exit 1 when they differ)')
    .requiredOption('--left <side>', SIDE_FORMS)
    .requiredOption('--right <side>', SIDE_FORMS)
    .option(
      '--profile <name>',
      'profile of a side given as a bare POOL_ID (default: AWS_PROFILE, then AWS_DEFAULT_PROFILE, then "default")',
    )
    .option('--region <region>', "region of a side without @REGION (default: the profile's region)")
    .option('--endpoint-url <url>', `${ENDPOINT_HELP}; applies to both sides`)
    .option('--json', 'print JSON instead of text')
    .addHelpText('after', DIFF_HELP)
    .action(async (_options: unknown, command: Command) => {
      setCode(await poolDiffCommand(command.opts<PoolDiffOptions>(), deps));
    });
}
