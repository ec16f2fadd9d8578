import type { Command } from 'commander';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { jobDir } from '../../main/jobs/job-files';
import { RateLimits } from '../../main/jobs/limits';
import { JobRunner } from '../../main/jobs/runner';
import { shareThrottle } from '../../main/jobs/share-throttle';
import type { PoolIndexStatus } from '../../main/services/user-index/pool-indexes';
import type { IndexSyncOutcome } from '../../main/services/user-index/sync';
import { AppError } from '../../shared/ipc/errors';
import { SANDBOX_PROFILE } from '../../shared/model/profiles';
import { DEFAULT_INDEX_SYNC_SHARE, indexSyncShareSchema } from '../../shared/model/settings';
import type { PoolRef } from '../../shared/model/users';
import type { CliContext } from '../context';
import { appDataDir } from '../data-dir';
import type { CliDeps } from '../deps';
import { json, withContext } from '../deps';
import { ExitCode, UsageError } from '../exit-codes';
import { parseRegion } from '../options';
import type { TargetFlags } from '../pool-target';
import { knownProfile, parsePoolId, parseTarget } from '../pool-target';
import { chooseProfile, PROFILE_HELP } from '../profile-choice';

export interface UsersIndexOptions extends TargetFlags {
  userPoolId: string;
  json?: boolean;
  share?: string;
}

/** The sync's job report goes here (and is removed once it succeeded), apart from the app's job history. */
function cliSyncDir(env: NodeJS.ProcessEnv): string {
  return path.join(appDataDir(env), 'cli-index-sync');
}

function parseShare(text: string): number {
  const parsed = indexSyncShareSchema.safeParse(Number(text));
  if (!parsed.success) throw new UsageError(`invalid --share "${text}": a fraction of the UserList rate, 0.1 to 1`);
  return parsed.data;
}

/** Checked offline first (exit 2), then the profile and its region, then `work` with the pool's ref. */
async function withPool<T>(
  options: UsersIndexOptions,
  deps: CliDeps,
  work: (ctx: CliContext, ref: PoolRef) => Promise<T>,
): Promise<T> {
  const userPoolId = parsePoolId(options.userPoolId, '--user-pool-id');
  const choice = chooseProfile(options.profile, deps.env);
  const target = parseTarget(options, [choice.name], deps);
  return withContext(deps, target.env, async (ctx) => {
    const profile = await knownProfile(ctx, choice);
    const region = target.region ?? parseRegion(await ctx.registry.defaultRegion(profile), 'from the profile');
    return work(ctx, { profile, region, userPoolId });
  });
}

function printStatus(status: PoolIndexStatus, deps: CliDeps, asJson: boolean): void {
  if (asJson) {
    deps.io.out(json(status));
    return;
  }
  const lines = [
    ['users', status.users.toLocaleString('en')],
    ['last complete sync', status.lastCompleteAt ?? 'never'],
    ['unfinished sync', status.resumable ? 'yes: the next sync continues it' : 'no'],
    ['file', status.file],
    ['size', `${(status.bytes / 1024 / 1024).toFixed(1)} MiB`],
    ...(status.rebuiltBecause ? [['rebuilt because', status.rebuiltBecause]] : []),
  ];
  for (const [key, value] of lines) deps.io.out(`${`${key}:`.padEnd(20)}${value}\n`);
}

/** `users index status`: reads the local file only, no AWS call. */
export async function usersIndexStatusCommand(options: UsersIndexOptions, deps: CliDeps): Promise<number> {
  return withPool(options, deps, async (ctx, ref) => {
    printStatus(await ctx.indexes.status(ref), deps, options.json === true);
    return ExitCode.OK;
  });
}

/** `users index sync`: the app's sync job, in this process, at --share (default: Settings, else 0.5) of UserList. */
export async function usersIndexSyncCommand(options: UsersIndexOptions, deps: CliDeps): Promise<number> {
  const given = options.share === undefined ? undefined : parseShare(options.share);
  return withPool(options, deps, async (ctx, ref) => {
    if (ref.profile === SANDBOX_PROFILE) await ctx.sandbox.ensureRunning(() => undefined);
    const resolved = await ctx.registry.resolve(ref.profile, ref.region);
    // The job throttles and retries itself (see ClientPurpose).
    const idp = ctx.clients.get(resolved, ref.region, 'cognitoIdp', { purpose: 'job' });
    const settings = ctx.settings.get();
    const share = given ?? settings.indexSyncShare ?? DEFAULT_INDEX_SYNC_SHARE;
    const limits = new RateLimits({ overrides: settings.rateLimits ?? {} });
    const throttle = shareThrottle({
      shared: limits.throttleFor(ref.profile, ref.region),
      share,
      rateOf: () => limits.rateOf('UserList'),
    });
    const runner = new JobRunner({ dataDir: cliSyncDir(deps.env), eventsPerSecond: 2 });
    let outcome: IndexSyncOutcome | undefined;
    const jobId = await ctx.indexes.startSync(ref, {
      jobs: runner,
      idp,
      throttle,
      share,
      emit: (p) => {
        if (!deps.io.progress || p.state !== 'running') return;
        const of = p.total !== undefined ? `/${p.total}` : '';
        deps.io.err(`\rsync: ${p.done}${of} users, ${p.ratePerSecond.toFixed(0)}/s   `);
      },
      done: (o) => (outcome = o),
    });
    const detail = await runner.wait(jobId);
    await runner.dispose();
    rmSync(jobDir(cliSyncDir(deps.env), jobId), { recursive: true, force: true });
    if (deps.io.progress) deps.io.err('\n');
    if (detail.state !== 'succeeded') {
      if (detail.state === 'cancelled') deps.io.err('sync stopped: the next sync continues from where it stopped\n');
      throw detail.error
        ? new AppError(detail.error.code, detail.error.message, detail.error.details)
        : new AppError('CANCELLED', 'The sync was cancelled.');
    }
    const resumed = outcome?.resumed ? ' (continued an unfinished sync)' : '';
    deps.io.err(
      `synced ${detail.done.toLocaleString('en')} users${resumed}, removed ${(outcome?.removed ?? 0).toLocaleString('en')} no longer in the pool\n`,
    );
    printStatus(await ctx.indexes.status(ref), deps, options.json === true);
    return ExitCode.OK;
  });
}

/** `users index status|sync`, added to the `users` command. */
export function registerUsersIndexCommands(users: Command, deps: CliDeps, setCode: (code: number) => void): void {
  const index = users
    .command('index')
    .description('the local user index: a searchable copy of a pool in the app data folder');
  const common = (command: Command): Command =>
    command
      .requiredOption('--user-pool-id <id>', 'the pool, for example eu-west-1_AbC123xyz')
      .option('--profile <name>', PROFILE_HELP)
      .option('--region <region>', "AWS region (default: AWS_REGION, then the profile's region, then us-east-1)")
      .option('--endpoint-url <url>', 'send every AWS call of this run to this endpoint (an emulator, a proxy)')
      .option('--json', 'print the status as JSON');
  common(
    index.command('status').description("users, last complete sync and file of a pool's index (no AWS call)"),
  ).action(async (_options: unknown, command: Command) => {
    setCode(await usersIndexStatusCommand(command.opts<UsersIndexOptions>(), deps));
  });
  common(
    index
      .command('sync')
      .description(
        'refresh the index with a full scan (continues an unfinished one), removing users gone from the pool',
      ),
  )
    .option('--share <fraction>', 'at most this share of the UserList quota, 0.1 to 1 (default: Settings, else 0.5)')
    .action(async (_options: unknown, command: Command) => {
      setCode(await usersIndexSyncCommand(command.opts<UsersIndexOptions>(), deps));
    });
}
