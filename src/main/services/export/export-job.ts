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
import type { PoolShape } from './columns';
import { describePoolShape, importHeader } from './columns';
import type { PageSink, ScanOptions } from './scan';
import { partitionedScan, selectionScan, sequentialScan } from './scan';
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

async function runExport(input: ExportJobInput, job: JobControl): Promise<void> {
  const scan: ScanOptions = {
    idp: input.idp,
    userPoolId: input.userPoolId,
    throttle: input.throttle,
    signal: job.signal,
  };
  // Retried here like every other call of the job: its client leaves retrying to the job (see ClientPurpose).
  const shape = await withRetry(
    () => describePoolShape(input.idp, input.userPoolId, input.throttle, job.signal),
    job.signal,
  );
  const columns =
    input.format === 'cognito-csv'
      ? await withRetry(() => importHeader(input.idp, input.userPoolId, shape, input.throttle, job.signal), job.signal)
      : shape.attributes;
  if (!input.usernames && !input.filter && shape.estimatedUsers !== undefined) job.setTotal(shape.estimatedUsers);
  const partial = `${input.file}.partial`;

  const pass = async (work: (sink: PageSink) => Promise<void>): Promise<void> => {
    const writer = openWriter({
      format: input.format,
      file: partial,
      columns,
      groups: input.groups === true && input.format !== 'cognito-csv',
      bom: input.bom === true && input.format === 'csv',
    });
    try {
      await work(serialized(writer, input, shape, job));
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
    let counts: number[] = [];
    await pass(async (sink) => {
      counts = await partitionedScan(scan, sink);
    });
    const found = counts.reduce((a, b) => a + b, 0);
    if (shape.estimatedUsers !== undefined && found !== shape.estimatedUsers) {
      // Partitions that miss or double users (a sub outside lowercase hex, a pool changing under the scan) are
      // caught by the count: one plain scan is slower but cannot be wrong in those ways.
      job.note(
        '(export)',
        `Partitions found ${found} users, the pool estimates ${shape.estimatedUsers}: rescanned sequentially`,
      );
      job.resetCounts();
      await pass((sink) => sequentialScan(scan, sink));
    }
  }
  await rename(partial, input.file);
  job.setResultFile(input.file);
}

/** A sink that writes pages one at a time in arrival order, whatever number of partitions feed it. */
function serialized(writer: ExportWriter, input: ExportJobInput, shape: PoolShape, job: JobControl): PageSink {
  let queue: Promise<void> = Promise.resolve();
  return (users) => {
    const turn = queue.then(async () => {
      const records = await mapLimit(users, LOOKUPS_IN_FLIGHT, (user) => recordOf(user, input, shape, job.signal));
      for (const record of records) {
        const problems = await writer.write(record);
        if (problems.length > 0) job.note(record.user.username, problems.join('; '));
      }
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
