import { rename, rm } from 'node:fs/promises';
import type { CognitoIdentityProviderClient, UserType } from '@aws-sdk/client-cognito-identity-provider';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { ExportFormat } from '../../../shared/model/jobs';
import type { UserFilter } from '../../../shared/model/users';
import type { Throttle } from '../../jobs/limits';
import { withRetry } from '../../jobs/retry';
import type { JobControl, JobInit } from '../../jobs/runner';
import { mapLimit } from '../map-limit';
import { filterString, listGroupsForUser, toUserRow } from '../users';
import type { Checkpoint, ExportInputs } from './checkpoint';
import { partialOf, removeCheckpoint } from './checkpoint';
import type { PoolShape } from './columns';
import { describePoolShape, importHeader } from './columns';
import type { PageWriter } from './partitioned-export';
import { partitionedPass } from './partitioned-export';
import type { ScheduleTuning } from './partition-scheduler';
import type { PageSink, ScanOptions } from './scan';
import { selectionScan, sequentialScan } from './scan';
import type { ExportRecord, ExportWriter } from './writers';
import { openWriter } from './writers';

export interface ExportJobInput {
  idp: CognitoIdentityProviderClient;
  throttle: Throttle;
  profile: string;
  region: string;
  userPoolId: string;
  format: ExportFormat;
  /** Where the finished file goes; it is written as <file>.partial and renamed at the end. */
  file: string;
  groups?: boolean;
  bom?: boolean;
  filter?: UserFilter;
  usernames?: string[];
  sequential?: boolean;
  /** Fixed figures for the partition scheduler's split decisions instead of measured ones (tests). */
  schedule?: ScheduleTuning;
}

/** Per-user lookups (groups, MFA) run this many at a time; the UserRead bucket sets the pace. */
const LOOKUPS_IN_FLIGHT = 8;

export function exportJob(input: ExportJobInput): JobInit {
  const scope = input.usernames
    ? `${input.usernames.length.toLocaleString('en')} users`
    : input.filter
      ? filterString(input.filter)
      : 'all users';
  return {
    kind: 'export',
    profile: input.profile,
    region: input.region,
    userPoolId: input.userPoolId,
    operation: input.format,
    label: `export ${input.format} · ${scope}`,
    ...(input.usernames ? { total: input.usernames.length } : {}),
    run: (job) => runExport(input, job),
  };
}

/**
 * Continues a whole-pool export from its checkpoint (see partitioned-export.ts) as the same job id, so its folder,
 * checkpoint and the id the user was shown stay the same however often it is resumed.
 */
export function resumeExportJob(
  checkpoint: Checkpoint,
  deps: { idp: CognitoIdentityProviderClient; throttle: Throttle; schedule?: ScheduleTuning },
): JobInit {
  const { inputs } = checkpoint;
  const input: ExportJobInput = { ...deps, ...inputs };
  return {
    jobId: checkpoint.jobId,
    kind: 'export',
    profile: inputs.profile,
    region: inputs.region,
    userPoolId: inputs.userPoolId,
    operation: inputs.format,
    label: `export ${inputs.format} · all users (resumed)`,
    run: (job) => runExport(input, job, checkpoint),
  };
}

async function runExport(input: ExportJobInput, job: JobControl, resume?: Checkpoint): Promise<void> {
  const scan: ScanOptions = {
    idp: input.idp,
    userPoolId: input.userPoolId,
    throttle: input.throttle,
    signal: job.signal,
  };
  // Started, not awaited: a whole-pool export sends its first ListUsers calls while the pool is described (one
  // round trip of the UserList quota less), its pages waiting for the shape before they are written.
  const described = describe(input, job, resume);
  // Awaited in every branch below; this only keeps a failure seen first elsewhere from being unhandled here.
  described.catch(() => undefined);
  const partial = partialOf(input.file);
  const groups = input.groups === true && input.format !== 'cognito-csv';
  const bom = input.bom === true && input.format === 'csv';
  const open = (columns: string[], appendAt?: number): ExportWriter =>
    openWriter({
      format: input.format,
      file: partial,
      columns,
      groups,
      bom,
      ...(appendAt !== undefined ? { appendAt } : {}),
    });

  const pass = async (work: (sink: PageSink) => Promise<void>): Promise<void> => {
    const { shape, columns } = await described;
    const writer = open(columns);
    try {
      const write = serialized(writer, input, shape, job);
      await work((users) => write(users, () => Promise.resolve()));
      await writer.close();
    } catch (error) {
      writer.abort();
      await rm(partial, { force: true });
      throw error;
    }
  };

  if (input.usernames) {
    const usernames = input.usernames;
    await pass(async (sink) => {
      for (const name of await selectionScan(scan, usernames, sink)) job.note(name, 'No such user: not exported');
    });
  } else if (input.filter || input.sequential) {
    await pass((sink) => sequentialScan(scan, sink, input.filter ? filterString(input.filter) : undefined));
  } else {
    const schedule: ScheduleTuning = { ...input.schedule };
    const prepared = described.then(({ shape, columns }) => {
      // The scheduler reads the pool's size at each decision; the first comes after 16 pages, well after this.
      if (shape.estimatedUsers !== undefined && !('poolUsers' in schedule)) schedule.poolUsers = shape.estimatedUsers;
      const inputs: ExportInputs = {
        profile: input.profile,
        region: input.region,
        userPoolId: input.userPoolId,
        format: input.format,
        file: input.file,
        groups,
        bom,
        columns,
      };
      return {
        inputs,
        open: (appendAt?: number) => open(columns, appendAt),
        pages: (writer: ExportWriter) => serialized(writer, input, shape, job),
      };
    });
    // Awaited by the pass once it has claimed the job's folder; a failure meanwhile must not go unhandled.
    prepared.catch(() => undefined);
    let counts: number[];
    try {
      counts = await partitionedPass({ scan, job, prepared, schedule }, resume);
    } catch (error) {
      // The pool's own error (not found, access denied) first, as when it was described before the scan.
      await described;
      throw error;
    }
    const { shape } = await described;
    const found = counts.reduce((a, b) => a + b, 0);
    if (shape.estimatedUsers !== undefined && found !== shape.estimatedUsers) {
      // Partitions that miss or double users (a sub outside lowercase hex, a pool changing under the scan) are
      // caught by the count: one plain scan is slower but cannot be wrong in those ways.
      job.note(
        '(export)',
        `Partitions found ${found} users, the pool estimates ${shape.estimatedUsers}: rescanned sequentially`,
      );
      job.resetCounts();
      // The rescan rewrites the .partial from its start, so the checkpoint no longer describes it.
      await removeCheckpoint(job.dir);
      await pass((sink) => sequentialScan(scan, sink));
    }
  }
  await rename(partial, input.file);
  await removeCheckpoint(job.dir);
  job.setResultFile(input.file);
}

/** The pool's shape (DescribeUserPool) and the export's columns: the checkpoint's on resume, else the schema's. */
async function describe(
  input: ExportJobInput,
  job: JobControl,
  resume?: Checkpoint,
): Promise<{ shape: PoolShape; columns: string[] }> {
  // Retried here like every other call of the job: its client leaves retrying to the job (see ClientPurpose).
  const shape = await withRetry(
    () => describePoolShape(input.idp, input.userPoolId, input.throttle, job.signal),
    job.signal,
  );
  const columns = resume
    ? resume.inputs.columns
    : input.format === 'cognito-csv'
      ? await withRetry(() => importHeader(input.idp, input.userPoolId, shape, input.throttle, job.signal), job.signal)
      : shape.attributes;
  if (!input.usernames && !input.filter && shape.estimatedUsers !== undefined) job.setTotal(shape.estimatedUsers);
  return { shape, columns };
}

/**
 * Writes pages one at a time in arrival order, whatever number of partitions feed it; `after` runs in the page's
 * turn, once its users are written and before the next page's.
 */
function serialized(writer: ExportWriter, input: ExportJobInput, shape: PoolShape, job: JobControl): PageWriter {
  let queue: Promise<void> = Promise.resolve();
  return (users, after) => {
    const turn = queue.then(async () => {
      const records = await mapLimit(users, LOOKUPS_IN_FLIGHT, (user) => recordOf(user, input, shape, job.signal));
      for (const record of records) {
        const problems = await writer.write(record);
        if (problems.length > 0) job.note(record.user.username, problems.join('; '));
      }
      await after();
      job.succeeded(records.length);
    });
    queue = turn.catch(() => undefined);
    return turn;
  };
}

async function recordOf(
  user: UserType,
  input: ExportJobInput,
  shape: PoolShape,
  signal: AbortSignal,
): Promise<ExportRecord> {
  const row = toUserRow(user);
  const record: ExportRecord = { user: row };
  if (input.groups && input.format !== 'cognito-csv') {
    const groups = await withRetry(
      () => listGroupsForUser(input.idp, input.userPoolId, row.username, input.throttle, signal),
      signal,
    );
    record.groups = groups.map((g) => g.name);
  }
  if (input.format === 'cognito-csv') {
    record.mfaEnabled = await withRetry(() => mfaEnabled(input, shape, row.username, signal), signal);
  }
  return record;
}

/** cognito:mfa_enabled: fixed by the pool when MFA is ON or OFF; per user (AdminGetUser) when OPTIONAL. */
async function mfaEnabled(
  input: ExportJobInput,
  shape: PoolShape,
  username: string,
  signal: AbortSignal,
): Promise<boolean> {
  if (shape.mfa !== 'OPTIONAL') return shape.mfa === 'ON';
  await input.throttle('UserRead', signal);
  const user = await input.idp.send(new AdminGetUserCommand({ UserPoolId: input.userPoolId, Username: username }), {
    abortSignal: signal,
  });
  return (user.UserMFASettingList ?? []).length > 0;
}
