import type { Command } from 'commander';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { jobDir } from '../../main/jobs/job-files';
import type { Throttle } from '../../main/jobs/limits';
import { RateLimits } from '../../main/jobs/limits';
import type { JobInit } from '../../main/jobs/runner';
import { JobRunner } from '../../main/jobs/runner';
import { checkpointFile, partialOf, readCheckpoint } from '../../main/services/export/checkpoint';
import { exportJob, resumeExportJob } from '../../main/services/export/export-job';
import { AppError } from '../../shared/ipc/errors';
import type { ExportFormat } from '../../shared/model/jobs';
import { EXPORT_FORMATS, jobIdSchema } from '../../shared/model/jobs';
import { SANDBOX_PROFILE } from '../../shared/model/profiles';
import { userPoolIdSchema } from '../../shared/model/user-pools';
import type { UserFilter } from '../../shared/model/users';
import { userFilterSchema } from '../../shared/model/users';
import type { CliContext } from '../context';
import { appDataDir } from '../data-dir';
import type { CliDeps } from '../deps';
import { withContext } from '../deps';
import { ExitCode, UsageError } from '../exit-codes';
import { parseEndpointUrl, parseRegion, withEndpointOverride } from '../options';
import { knownProfile } from '../pool-target';
import { chooseProfile, PROFILE_HELP } from '../profile-choice';

export interface UsersExportOptions {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  userPoolId?: string;
  format?: string;
  out?: string;
  groups?: boolean;
  bom?: boolean;
  filter?: string;
  sequential?: boolean;
  /** The id of an export that stopped early: continue it from its checkpoint. */
  resume?: string;
  maxListRps?: string;
}

/** `email ^= "ann"` as ListUsers takes it, checked against the same schema as the app's search. */
export function parseFilter(text: string): UserFilter {
  const match = /^\s*([\w:]+)\s*(\^=|=)\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(text);
  const parsed = match
    ? userFilterSchema.safeParse({
        attribute: match[1],
        operator: match[2],
        value: (match[3] ?? '').replace(/\\(.)/g, '$1'),
      })
    : undefined;
  if (!parsed?.success) {
    throw new UsageError(
      `invalid --filter '${text}': use ATTRIBUTE = "value" or ATTRIBUTE ^= "prefix" with a standard attribute (email, phone_number, name, given_name, family_name, preferred_username, username, status, cognito:user_status, sub)`,
    );
  }
  return parsed.data;
}

/** The options that pick what is exported: a resume takes them from its checkpoint, so giving one is a mistake. */
const FIXED_BY_RESUME = [
  ['profile', '--profile'],
  ['region', '--region'],
  ['userPoolId', '--user-pool-id'],
  ['format', '--format'],
  ['out', '--out'],
  ['groups', '--groups'],
  ['bom', '--bom'],
  ['filter', '--filter'],
  ['sequential', '--sequential'],
] as const;

/**
 * The CLI's export jobs live in <app data>/cli-exports/jobs/<id> (checkpoint, report), apart from the app's own
 * history: two processes writing one history file would lose each other's entries.
 */
export function cliExportsDir(env: NodeJS.ProcessEnv): string {
  return path.join(appDataDir(env), 'cli-exports');
}

/** Exports a pool's users to a file through the app's own export job and rate limiter. Exit 1 when rows were left out. */
export async function usersExportCommand(options: UsersExportOptions, deps: CliDeps): Promise<number> {
  const maxListRps = options.maxListRps === undefined ? undefined : parseRate(options.maxListRps);
  const endpointUrl = options.endpointUrl === undefined ? undefined : parseEndpointUrl(options.endpointUrl);
  if (options.resume !== undefined) return resumeCommand(options.resume, options, deps, endpointUrl, maxListRps);
  // Required unless --resume, so commander cannot check them: the same words as its own check.
  for (const [key, flag] of [
    ['userPoolId', '--user-pool-id <id>'],
    ['format', '--format <format>'],
    ['out', '--out <file>'],
  ] as const) {
    if (options[key] === undefined) throw new UsageError(`required option '${flag}' not specified`);
  }
  const choice = chooseProfile(options.profile, deps.env);
  const explicitRegion = options.region === undefined ? undefined : parseRegion(options.region, '--region');
  const givenFormat = options.format ?? '';
  if (!(EXPORT_FORMATS as readonly string[]).includes(givenFormat)) {
    throw new UsageError(`invalid --format "${givenFormat}": use ${EXPORT_FORMATS.join(', ')}`);
  }
  const format = givenFormat as ExportFormat;
  const poolId = userPoolIdSchema.safeParse(options.userPoolId);
  if (!poolId.success) throw new UsageError(`invalid --user-pool-id "${options.userPoolId}"`);
  const filter = options.filter === undefined ? undefined : parseFilter(options.filter);
  if (endpointUrl && choice.name === SANDBOX_PROFILE) {
    throw new UsageError(
      `--endpoint-url cannot be used with the "${SANDBOX_PROFILE}" profile: it runs its own emulator`,
    );
  }
  const env = endpointUrl ? withEndpointOverride(deps.env, endpointUrl) : deps.env;
  const file = path.resolve(options.out ?? '');
  return withContext(deps, env, async (ctx) => {
    const profile = await knownProfile(ctx, choice);
    const region = explicitRegion ?? parseRegion(await ctx.registry.defaultRegion(profile), 'from the profile');
    const idp = await jobClient(ctx, profile, region);
    const init = exportJob({
      idp,
      throttle: throttleOf(profile, region, maxListRps),
      profile,
      region,
      userPoolId: poolId.data,
      format,
      file,
      groups: options.groups,
      bom: options.bom,
      filter,
      sequential: options.sequential,
    });
    return runToEnd(init, file, deps);
  });
}

async function resumeCommand(
  jobId: string,
  options: UsersExportOptions,
  deps: CliDeps,
  endpointUrl: string | undefined,
  maxListRps: number | undefined,
): Promise<number> {
  if (!jobIdSchema.safeParse(jobId).success) throw new UsageError(`invalid --resume "${jobId}": give the job id`);
  const given = FIXED_BY_RESUME.filter(([key]) => options[key] !== undefined).map(([, flag]) => flag);
  if (given.length > 0) {
    throw new UsageError(
      `--resume continues an export with its own profile, pool, format and file: drop ${given.join(', ')}`,
    );
  }
  const dir = jobDir(cliExportsDir(deps.env), jobId);
  if (!existsSync(checkpointFile(dir))) {
    throw new UsageError(`no export ${jobId} to resume in ${path.dirname(dir)} (it finished, or never started)`);
  }
  const checkpoint = await readCheckpoint(dir);
  const { profile, region, file } = checkpoint.inputs;
  const env = endpointUrl ? withEndpointOverride(deps.env, endpointUrl) : deps.env;
  return withContext(deps, env, async (ctx) => {
    await knownProfile(ctx, { name: profile, source: 'the checkpoint' });
    const idp = await jobClient(ctx, profile, region);
    return runToEnd(
      resumeExportJob(checkpoint, { idp, throttle: throttleOf(profile, region, maxListRps) }),
      file,
      deps,
    );
  });
}

/** The job throttles and retries itself, like the app's export job (see ClientPurpose). */
async function jobClient(ctx: CliContext, profile: string, region: string): Promise<CognitoIdentityProviderClient> {
  if (profile === SANDBOX_PROFILE) await ctx.sandbox.ensureRunning(() => undefined);
  return ctx.clients.get(await ctx.registry.resolve(profile, region), region, 'cognitoIdp', { purpose: 'job' });
}

function throttleOf(profile: string, region: string, maxListRps: number | undefined): Throttle {
  return new RateLimits(maxListRps ? { overrides: { UserList: maxListRps } } : {}).throttleFor(profile, region);
}

function parseRate(text: string): number {
  const rate = Number(text);
  if (!Number.isFinite(rate) || rate <= 0) throw new UsageError(`invalid --max-list-rps "${text}": a number above 0`);
  return rate;
}

/**
 * Runs the job, printing its id first (what --resume takes). Its folder goes once it succeeded; a job that stopped
 * early keeps it, with the .partial, when it left a checkpoint, and says how to resume.
 */
async function runToEnd(init: JobInit, file: string, deps: CliDeps): Promise<number> {
  const runner = new JobRunner({ dataDir: cliExportsDir(deps.env), eventsPerSecond: 2 });
  const jobId = runner.start(init, (p) => {
    if (!deps.io.progress || p.state !== 'running') return;
    const of = p.total !== undefined ? `/${p.total}` : '';
    deps.io.err(`\rexport: ${p.done}${of} users, ${p.ratePerSecond}/s   `);
  });
  deps.io.err(`export job ${jobId}\n`);
  const detail = await runner.wait(jobId);
  await runner.dispose();
  if (deps.io.progress) deps.io.err('\n');
  if (detail.state !== 'succeeded') {
    if (detail.resumable) {
      deps.io.err(`${partialOf(file)} is kept: continue with cognito-console users export --resume ${jobId}\n`);
    } else {
      rmSync(jobDir(cliExportsDir(deps.env), jobId), { recursive: true, force: true });
    }
    throw detail.error
      ? new AppError(detail.error.code, detail.error.message, detail.error.details)
      : new Error(detail.state);
  }
  rmSync(jobDir(cliExportsDir(deps.env), jobId), { recursive: true, force: true });
  deps.io.err(`exported ${detail.done} users to ${file}\n`);
  for (const note of detail.notes) deps.io.err(`note: ${note.item}: ${note.message}\n`);
  return detail.notes.length > 0 ? ExitCode.FINDINGS : ExitCode.OK;
}

/** `users export`: declared here so program.ts registers the whole users group with one line. */
export function registerUsersCommands(program: Command, deps: CliDeps, setCode: (code: number) => void): void {
  program
    .command('users')
    .description('users of an Amazon Cognito user pool')
    .command('export')
    .description('export every user (or a search) to a file, at the ListUsers quota through 16 partitions')
    .option('--profile <name>', PROFILE_HELP)
    .option('--region <region>', "AWS region (default: AWS_REGION, then the profile's region, then us-east-1)")
    .option('--endpoint-url <url>', 'send every AWS call of this run to this endpoint (an emulator, a proxy)')
    .option('--user-pool-id <id>', 'the pool, for example eu-west-1_AbC123xyz (required unless --resume)')
    .option('--format <format>', `${EXPORT_FORMATS.join(' | ')} (required unless --resume)`)
    .option('--out <file>', 'the file to write, as <file>.partial until the last user (required unless --resume)')
    .option('--groups', "add each user's groups (csv, json, ndjson; one call per user)")
    .option('--bom', 'csv: start with a UTF-8 byte order mark for Excel')
    .option('--filter <expr>', 'a ListUsers search, for example \'email ^= "a"\'')
    .option('--sequential', 'one ListUsers scan instead of 16 partitions in parallel')
    .option(
      '--resume <job-id>',
      'continue a whole-pool export that stopped early (crash, kill, failure) from its checkpoint, with its own pool, format and file',
    )
    .option(
      '--max-list-rps <n>',
      'at most n ListUsers calls a second (default: the quota, 30): leave room for other tools',
    )
    .action(async (_options: unknown, command: Command) => {
      setCode(await usersExportCommand(command.opts<UsersExportOptions>(), deps));
    });
}
