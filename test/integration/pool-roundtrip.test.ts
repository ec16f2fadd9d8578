import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CognitoIdentityProviderClient, SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';
import { CreateUserPoolCommand, DeleteUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PoolExport } from '../../src/shared/model/pool-export';
import { EXPLICIT_SCHEMA } from './pool-schema-fixture';
import { KEYS, testIdp } from './users-fixture';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'cognito-console.cjs');
const REGION = 'ap-northeast-1';

describe('pool export -> pool create --from -> pool diff with an explicit schema (built CLI, against moto)', () => {
  const endpoint = inject('motoEndpoint');
  const suffix = randomUUID().slice(0, 8);
  const created: string[] = [];
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let idp: CognitoIdentityProviderClient;

  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { cwd: ROOT, stdio: 'pipe' });
    dir = mkdtempSync(path.join(tmpdir(), 'cc-pool-roundtrip-'));
    mkdirSync(path.join(dir, 'home'));
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'config'), `[profile roundtrip]\nregion = ${REGION}\n`);
    writeFileSync(
      path.join(dir, 'credentials'),
      `[roundtrip]\naws_access_key_id = ${KEYS.accessKeyId}\naws_secret_access_key = ${KEYS.secretAccessKey}\n`,
    );
    env = {
      PATH: process.env.PATH,
      HOME: path.join(dir, 'home'),
      AWS_CONFIG_FILE: path.join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      COGNITO_CONSOLE_DATA_DIR: path.join(dir, 'data'),
    };
    idp = testIdp(endpoint, REGION);
  });
  afterAll(async () => {
    for (const id of created) await idp.send(new DeleteUserPoolCommand({ UserPoolId: id })).catch(() => undefined);
    idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  const target = ['--profile', 'roundtrip', '--endpoint-url', endpoint];

  it('creates a copy equal to its source: the diff exits 0 with no differences', async () => {
    const { UserPool } = await idp.send(
      new CreateUserPoolCommand({
        PoolName: `roundtrip-${suffix}`,
        UsernameAttributes: ['email'],
        Schema: EXPLICIT_SCHEMA,
      }),
    );
    const source = UserPool?.Id ?? '';
    created.push(source);

    const file = path.join(dir, 'export.json');
    const exported = cli(['pool', 'export', ...target, '--user-pool-id', source, '--format', 'json', '--out', file]);
    expect(exported.stderr).toContain(`exported ${source}`);
    expect(exported.status).toBe(0);
    const schema = ((JSON.parse(readFileSync(file, 'utf8')) as PoolExport).pool.Schema ?? []) as SchemaAttributeType[];
    expect(schema.map((a) => a.Name)).toEqual(expect.arrayContaining(['tenant', 'email', 'name', 'email_verified']));

    // No --pool-name: the copy keeps the exported name, so an exact copy has nothing at all to differ in.
    const create = cli(['pool', 'create', ...target, '--from', file]);
    expect(create.stderr).toBe('');
    expect(create.status).toBe(0);
    const copy = create.stdout.trim();
    created.push(copy);
    expect(copy).not.toBe(source);

    const diff = cli([
      'pool',
      'diff',
      '--endpoint-url',
      endpoint,
      '--left',
      `roundtrip:${source}`,
      '--right',
      `roundtrip:${copy}`,
    ]);
    expect(diff.stderr).toBe('');
    expect(diff.stdout).not.toContain('(not set)');
    expect(diff.stdout).toMatch(/No differences in \d+ settings\./);
    expect(diff.status).toBe(0);
  });
});
