import type { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RateLimits } from '../../main/jobs/limits';
import { JobRunner } from '../../main/jobs/runner';
import { exportJob } from '../../main/services/export/export-file';
import { AppError } from '../../shared/ipc/errors';
import type { ExportFormat } from '../../shared/model/jobs';
import { EXPORT_FORMATS } from '../../shared/model/jobs';
import { SANDBOX_PROFILE } from '../../shared/model/profiles';
import { userPoolIdSchema } from '../../shared/model/user-pools';
import type { UserFilter } from '../../shared/model/users';
import { userFilterSchema } from '../../shared/model/users';
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
  userPoolId: string;
  format: string;
  out: string;
  groups?: boolean;
  bom?: boolean;
  filter?: string;
  sequential?: boolean;
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

/** Exports a pool's users to a file through the app's own export job and rate limiter. Exit 1 when rows were left out. */
export async function usersExportCommand(options: UsersExportOptions, deps: CliDeps): Promise<number> {
  const choice = chooseProfile(options.profile, deps.env);
  const explicitRegion = options.region === undefined ? undefined : parseRegion(options.region, '--region');
  const endpointUrl = options.endpointUrl === undefined ? undefined : parseEndpointUrl(options.endpointUrl);
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`invalid --format "${options.format}": use ${EXPORT_FORMATS.join(', ')}`);
  }
  const format = options.format as ExportFormat;
  const poolId = userPoolIdSchema.safeParse(options.userPoolId);
  if (!poolId.success) throw new UsageError(`invalid --user-pool-id "${options.userPoolId}"`);
  const filter = options.filter === undefined ? undefined : parseFilter(options.filter);
  if (endpointUrl && choice.name === SANDBOX_PROFILE) {
    throw new UsageError(
      `--endpoint-url cannot be used with the "${SANDBOX_PROFILE}" profile: it runs its own emulator`,
    );
  }
  const env = endpointUrl ? withEndpointOverride(deps.env, endpointUrl) : deps.env;
  const file = path.resolve(options.out);
  // The CLI only reads the app's data folder: the job's own report goes to a temporary one.
  const jobsDir = mkdtempSync(path.join(tmpdir(), 'cognito-console-export-'));
  try {
    const detail = await withContext(deps, env, async (ctx) => {
      const profile = await knownProfile(ctx, choice);
      const region = explicitRegion ?? parseRegion(await ctx.registry.defaultRegion(profile), 'from the profile');
      if (profile === SANDBOX_PROFILE) await ctx.sandbox.ensureRunning(() => undefined);
      // The job throttles and retries itself, like the app's export job (see ClientPurpose).
      const idp = ctx.clients.get(await ctx.registry.resolve(profile, region), region, 'cognitoIdp', {
        purpose: 'job',
      });
      const runner = new JobRunner({ dataDir: jobsDir, eventsPerSecond: 2 });
      const throttle = new RateLimits().throttleFor(profile, region);
      const init = exportJob({
        idp,
        throttle,
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
      const jobId = runner.start(init, (p) => {
        if (!deps.io.progress || p.state !== 'running') return;
        const of = p.total !== undefined ? `/${p.total}` : '';
        deps.io.err(`\rexport: ${p.done}${of} users, ${p.ratePerSecond}/s   `);
      });
      return runner.wait(jobId);
    });
    if (deps.io.progress) deps.io.err('\n');
    if (detail.state !== 'succeeded') {
      throw detail.error
        ? new AppError(detail.error.code, detail.error.message, detail.error.details)
        : new Error(detail.state);
    }
    deps.io.err(`exported ${detail.done} users to ${file}\n`);
    for (const note of detail.notes) deps.io.err(`note: ${note.item}: ${note.message}\n`);
    return detail.notes.length > 0 ? ExitCode.FINDINGS : ExitCode.OK;
  } finally {
    rmSync(jobsDir, { recursive: true, force: true });
  }
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
    .requiredOption('--user-pool-id <id>', 'the pool, for example eu-west-1_AbC123xyz')
    .requiredOption('--format <format>', `${EXPORT_FORMATS.join(' | ')}`)
    .requiredOption('--out <file>', 'the file to write (replaced when the export succeeds)')
    .option('--groups', "add each user's groups (csv, json, ndjson; one call per user)")
    .option('--bom', 'csv: start with a UTF-8 byte order mark for Excel')
    .option('--filter <expr>', 'a ListUsers search, for example \'email ^= "a"\'')
    .option('--sequential', 'one ListUsers scan instead of 16 partitions in parallel')
    .action(async (_options: unknown, command: Command) => {
      setCode(await usersExportCommand(command.opts<UsersExportOptions>(), deps));
    });
}
