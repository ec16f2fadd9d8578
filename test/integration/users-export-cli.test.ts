import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { UserRow } from '../../src/shared/model/users';
import { createTestPool, KEYS, seedUsers, testIdp } from './users-fixture';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'cognito-console.cjs');
const REGION = 'ca-central-1';

describe('cognito-console users export (built CLI, spawned)', () => {
  const endpoint = inject('motoEndpoint');
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let idp: CognitoIdentityProviderClient;
  let userPoolId: string;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { cwd: ROOT, stdio: 'pipe' });
    dir = mkdtempSync(path.join(tmpdir(), 'cc-users-cli-'));
    mkdirSync(path.join(dir, 'home'));
    writeFileSync(path.join(dir, 'config'), `[profile export-cli]\nregion = ${REGION}\n`);
    writeFileSync(
      path.join(dir, 'credentials'),
      `[export-cli]\naws_access_key_id = ${KEYS.accessKeyId}\naws_secret_access_key = ${KEYS.secretAccessKey}\n`,
    );
    env = {
      PATH: process.env.PATH,
      HOME: path.join(dir, 'home'),
      AWS_CONFIG_FILE: path.join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    idp = testIdp(endpoint, REGION);
    userPoolId = await createTestPool(idp, `cli-export-${randomUUID().slice(0, 8)}`);
    await seedUsers(idp, userPoolId, 70);
  });
  afterAll(() => {
    idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  const base = () => [
    'users',
    'export',
    '--profile',
    'export-cli',
    '--endpoint-url',
    endpoint,
    '--user-pool-id',
    userPoolId,
  ];

  it('exports the whole pool to NDJSON through the partitioned scan', () => {
    const out = path.join(dir, 'all.ndjson');
    const run = cli([...base(), '--format', 'ndjson', '--out', out]);
    // The job id comes first: what `--resume` takes if this run dies.
    const [started, ...rest] = run.stderr.split('\n');
    expect(started).toMatch(/^export job [0-9a-f-]{36}$/);
    expect(rest).toEqual([`exported 70 users to ${out}`, '']);
    expect(run.status).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as UserRow);
    expect(new Set(rows.map((r) => r.username)).size).toBe(70);
  });

  it('takes a ListUsers filter, and refuses a filter on a custom attribute with exit 2 before any call', () => {
    const out = path.join(dir, 'some.csv');
    const run = cli([...base(), '--format', 'csv', '--out', out, '--filter', 'email ^= "user-00"', '--bom']);
    expect(run.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFusername,')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(11);
    const bad = cli([...base(), '--format', 'csv', '--out', out, '--filter', 'custom:dept = "ops"']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid --filter/);
  });
});
