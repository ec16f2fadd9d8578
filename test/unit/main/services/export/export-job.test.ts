import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobDir } from '../../../../../src/main/jobs/job-files';
import { unthrottled } from '../../../../../src/main/jobs/limits';
import { JobRunner } from '../../../../../src/main/jobs/runner';
import { readCheckpoint } from '../../../../../src/main/services/export/checkpoint';
import { exportJob, resumeExportJob } from '../../../../../src/main/services/export/export-job';

// When DescribeUserPool answers relative to the first ListUsers calls cannot be arranged on moto: a mock shaped like
// both calls' answers (API reference) holds DescribeUserPool back.
const POOL = 'eu-west-1_abc';
const describedPool = {
  UserPool: {
    Id: POOL,
    EstimatedNumberOfUsers: 16,
    MfaConfiguration: 'OFF' as const,
    SchemaAttributes: [{ Name: 'sub', AttributeDataType: 'String' as const }],
  },
};

describe('exportJob (whole pool): DescribeUserPool overlaps the first ListUsers calls', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-export-job-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The export as the app starts it; `jobId` names its folder beforehand (a fresh job's id is new otherwise). */
  const run = async (idp: CognitoIdentityProviderClient, jobId?: string) => {
    const runner = new JobRunner({ dataDir: dir });
    const file = path.join(dir, 'users.ndjson');
    const job = exportJob({
      idp,
      throttle: unthrottled,
      profile: 'p',
      region: 'eu-west-1',
      userPoolId: POOL,
      format: 'ndjson',
      file,
    });
    const id = runner.start(jobId ? { ...job, jobId } : job, () => undefined);
    return { detail: await runner.wait(id), file };
  };

  it('sends the 16 partitions before the pool is described, and writes their pages once it is', async () => {
    const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
    const mock = mockClient(idp);
    const events: string[] = [];
    let release = (): void => undefined;
    mock.on(DescribeUserPoolCommand).callsFake(async () => {
      events.push('describe asked');
      await new Promise<void>((resolve) => (release = resolve));
      events.push('described');
      return describedPool;
    });
    mock.on(ListUsersCommand).callsFake((input: { Filter?: string }) => {
      const hex = /sub \^= "(.)"/.exec(input.Filter ?? '')?.[1] ?? '?';
      events.push(`list ${hex}`);
      if (events.filter((e) => e.startsWith('list')).length === 16) setTimeout(() => release(), 20);
      return { Users: [{ Username: `u-${hex}`, Attributes: [{ Name: 'sub', Value: `${hex}-sub` }], Enabled: true }] };
    });
    const { detail, file } = await run(idp);
    expect(detail.state).toBe('succeeded');
    const before = events.slice(0, events.indexOf('described'));
    expect(before.filter((e) => e.startsWith('list'))).toHaveLength(16);
    const subs = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => (JSON.parse(l) as { sub: string }).sub);
    expect(subs.sort()).toEqual([...'0123456789abcdef'].map((h) => `${h}-sub`));
    expect(detail.done).toBe(16);
  });

  it("fails with the pool's own error when DescribeUserPool fails, even if a ListUsers failed first", async () => {
    const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
    const mock = mockClient(idp);
    mock.on(DescribeUserPoolCommand).callsFake(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      throw Object.assign(new Error(`User pool ${POOL} does not exist.`), { name: 'ResourceNotFoundException' });
    });
    mock
      .on(ListUsersCommand)
      .rejects(Object.assign(new Error('not allowed to list'), { name: 'NotAuthorizedException' }));
    const { detail, file } = await run(idp);
    expect(detail.state).toBe('failed');
    expect(detail.error?.message).toMatch(/does not exist/);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('fails cleanly, with no unhandled rejection, when DescribeUserPool fails before the pass has started', async () => {
    const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
    const mock = mockClient(idp);
    mock
      .on(DescribeUserPoolCommand)
      .rejects(Object.assign(new Error(`User pool ${POOL} does not exist.`), { name: 'ResourceNotFoundException' }));
    mock.on(ListUsersCommand).resolves({ Users: [] });
    const { detail } = await run(idp);
    expect(detail.state).toBe('failed');
    expect(detail.error?.message).toMatch(/does not exist/);
  });

  it("claims the job's folder while its first ListUsers calls are out, and writes nothing when another process holds it", async () => {
    const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
    const mock = mockClient(idp);
    mock.on(DescribeUserPoolCommand).resolves(describedPool);
    mock.on(ListUsersCommand).callsFake((input: { Filter?: string }) => {
      const hex = /sub \^= "(.)"/.exec(input.Filter ?? '')?.[1] ?? '?';
      return { Users: [{ Username: `u-${hex}`, Attributes: [{ Name: 'sub', Value: `${hex}-sub` }], Enabled: true }] };
    });
    // The folder of the job id about to start, held by a live process (the test runner's parent).
    const folder = jobDir(dir, 'held');
    mkdirSync(folder, { recursive: true });
    const owner = path.join(folder, 'owner.pid');
    writeFileSync(owner, String(process.ppid));
    const { detail, file } = await run(idp, 'held');
    expect(detail.state).toBe('failed');
    expect(detail.error?.code).toBe('CONFLICT');
    // The calls went out before the claim was refused; no page was written, and the other process keeps its claim.
    expect(mock.commandCalls(ListUsersCommand).length).toBeGreaterThan(0);
    expect(detail.done).toBe(0);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(owner, 'utf8')).toBe(String(process.ppid));
  });

  it('writes no checkpoint for the last page: when the final rename fails, a resume lists that page again, exactly once', async () => {
    const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
    const mock = mockClient(idp);
    mock.on(DescribeUserPoolCommand).resolves(describedPool);
    const listed: string[] = [];
    mock.on(ListUsersCommand).callsFake((input: { Filter?: string }) => {
      const hex = /sub \^= "(.)"/.exec(input.Filter ?? '')?.[1] ?? '?';
      listed.push(hex);
      return { Users: [{ Username: `u-${hex}`, Attributes: [{ Name: 'sub', Value: `${hex}-sub` }], Enabled: true }] };
    });
    // The finished file's name is taken by a folder, so the rename at the end fails after every page was written.
    const file = path.join(dir, 'users.ndjson');
    mkdirSync(file);
    const jobId = '0d9e2c1a-5b7f-4c3e-9a21-6f8b4d2e7c10';
    const { detail } = await run(idp, jobId);
    expect(detail.state).toBe('failed');
    expect(detail.resumable).toBe(true);
    expect(readFileSync(`${file}.partial`, 'utf8').split('\n').filter(Boolean)).toHaveLength(16);
    // The checkpoint kept is the one before the last page: that page's partition is still open in it.
    const checkpoint = await readCheckpoint(jobDir(dir, jobId));
    const open = Object.entries(checkpoint.partitions).filter(([, s]) => !s.done);
    expect(open.map(([hex]) => hex)).toEqual([listed.at(-1)]);

    rmSync(file, { recursive: true });
    listed.length = 0;
    const runner = new JobRunner({ dataDir: dir });
    const id = runner.start(resumeExportJob(checkpoint, { idp, throttle: unthrottled }), () => undefined);
    expect((await runner.wait(id)).state).toBe('succeeded');
    expect(listed).toEqual(open.map(([hex]) => hex));
    const subs = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => (JSON.parse(l) as { sub: string }).sub);
    expect(subs.sort()).toEqual([...'0123456789abcdef'].map((h) => `${h}-sub`));
  });
});
