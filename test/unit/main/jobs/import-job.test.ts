import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateUserImportJobCommand,
  DescribeUserImportJobCommand,
  StartUserImportJobCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importJob } from '../../../../src/main/jobs/import-job';
import { JobRunner } from '../../../../src/main/jobs/runner';
import { DOCUMENTED_IMPORT_HEADER } from '../../../../src/main/services/export/cognito-csv';
import { checkImportFile, splitImportLine } from '../../../../src/main/services/users-import';

const HEADER = [...DOCUMENTED_IMPORT_HEADER, 'custom:dept'];
const row = (values: Record<string, string>): string =>
  HEADER.map((c) => (values[c] ?? '').replace(/,/g, '\\,')).join(',');
const GOOD = [
  HEADER.join(','),
  row({
    'cognito:username': 'ann',
    email: 'ann@example.com',
    email_verified: 'true',
    'cognito:mfa_enabled': 'false',
    name: 'Doe, Ann',
  }),
  row({
    'cognito:username': 'bob',
    phone_number: '+4915112345678',
    phone_number_verified: 'true',
    'cognito:mfa_enabled': 'true',
  }),
].join('\n');

describe('checkImportFile', () => {
  it('accepts a file in the import format, \\, commas included', () => {
    expect(checkImportFile(GOOD, HEADER)).toEqual({ users: 2, problems: [], truncated: false });
    expect(splitImportLine('a\\,b,c')).toEqual(['a,b', 'c']);
  });

  it('lists each problem by line and column', () => {
    const bad = [
      `\uFEFF${HEADER.filter((c) => c !== 'custom:dept').join(',')},extra`,
      row({ 'cognito:username': 'two words', email: 'nope', 'cognito:mfa_enabled': 'yes', phone_number: '0151 123' }),
    ].join('\n');
    const { problems } = checkImportFile(bad, HEADER);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, message: expect.stringContaining('byte order mark') as unknown }),
        expect.objectContaining({ line: 1, column: 'extra' }),
        expect.objectContaining({ line: 1, column: 'custom:dept' }),
      ]),
    );
    const rows = checkImportFile(
      [
        HEADER.join(','),
        row({
          'cognito:username': 'two words',
          email: 'nope',
          'cognito:mfa_enabled': 'yes',
          phone_number: '0151 123',
          email_verified: 'maybe',
        }),
        row({ 'cognito:username': 'x', 'cognito:mfa_enabled': 'false' }),
        row({ 'cognito:username': 'x', 'cognito:mfa_enabled': 'false' }),
        'a,b',
      ].join('\n'),
      HEADER,
    );
    expect(rows.problems.map((p) => `${p.line} ${p.column ?? ''}`)).toEqual([
      '2 cognito:username',
      '2 cognito:mfa_enabled',
      '2 email_verified',
      '2 email',
      '2 phone_number',
      '4 cognito:username',
      '5 ',
    ]);
  });
});

describe('importJob (CreateUserImportJob: no emulator implements it, so the client is mocked to the API reference)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the job, uploads with SSE-KMS to the pre-signed URL, starts it and follows it to its end', async () => {
    const uploads: { headers: Record<string, unknown>; body: string }[] = [];
    const s3 = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        uploads.push({ headers: req.headers, body });
        res.end();
      });
    });
    await new Promise<void>((r) => s3.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(s3.address() as AddressInfo).port}/upload?X-Amz-Signature=x`;
    const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
    const mock = mockClient(idp);
    mock
      .on(CreateUserImportJobCommand)
      .resolves({ UserImportJob: { JobId: 'import-1', PreSignedUrl: url, Status: 'Created' } });
    mock.on(StartUserImportJobCommand).resolves({ UserImportJob: { JobId: 'import-1', Status: 'Pending' } });
    mock
      .on(DescribeUserImportJobCommand)
      .resolvesOnce({ UserImportJob: { JobId: 'import-1', Status: 'InProgress', ImportedUsers: 1 } })
      .resolves({ UserImportJob: { JobId: 'import-1', Status: 'Succeeded', ImportedUsers: 1, FailedUsers: 1 } });
    const runner = new JobRunner({ dataDir: dir });
    const id = runner.start(
      importJob({
        idp,
        profile: 'p',
        region: 'eu-west-1',
        userPoolId: 'eu-west-1_abc',
        jobName: 'first',
        cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/Import',
        csv: GOOD,
        header: HEADER,
        pollMs: 5,
      }),
      () => undefined,
    );
    const detail = await runner.wait(id);
    s3.close();
    expect(detail).toMatchObject({ kind: 'import', state: 'succeeded', total: 2, done: 2 });
    expect(uploads).toEqual([
      { headers: expect.objectContaining({ 'x-amz-server-side-encryption': 'aws:kms' }) as unknown, body: GOOD },
    ]);
    expect(mock.commandCalls(CreateUserImportJobCommand)[0]?.args[0].input).toEqual({
      UserPoolId: 'eu-west-1_abc',
      JobName: 'first',
      CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/Import',
    });
    expect(detail.notes[0]?.message).toMatch(/1 failed.*CloudWatch Logs, log group \/aws\/cognito\/eu-west-1_abc/);
  });

  it('refuses a file with problems before any call, listing them', async () => {
    const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
    const mock = mockClient(idp);
    const runner = new JobRunner({ dataDir: dir });
    const id = runner.start(
      importJob({
        idp,
        profile: 'p',
        region: 'eu-west-1',
        userPoolId: 'eu-west-1_abc',
        jobName: 'bad',
        cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/Import',
        csv: `${HEADER.join(',')}\n${row({ 'cognito:username': 'ann' })}`,
        header: HEADER,
      }),
      () => undefined,
    );
    const detail = await runner.wait(id);
    expect(detail).toMatchObject({ state: 'failed', error: { code: 'VALIDATION' } });
    expect(detail.notes).toEqual([{ item: 'line 2', message: 'cognito:mfa_enabled must be true or false' }]);
    expect(mock.calls()).toHaveLength(0);
  });
});
