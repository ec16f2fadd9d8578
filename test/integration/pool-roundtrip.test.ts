import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CognitoIdentityProviderClient, SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';
import { CreateUserPoolCommand, DeleteUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PoolExport } from '../../src/shared/model/pool-export';
import { EXPLICIT_SCHEMA } from './pool-schema-fixture';
import { KEYS, testIdp } from './users-fixture';
import { cliHome, credentialsFile, runCli } from './cli-home';

const REGION = 'ap-northeast-1';

describe('pool export -> pool create --from -> pool diff with an explicit schema (built CLI, against moto)', () => {
  const endpoint = inject('motoEndpoint');
  const suffix = randomUUID().slice(0, 8);
  const created: string[] = [];
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let idp: CognitoIdentityProviderClient;

  beforeAll(() => {
    ({ dir, env } = cliHome('cc-pool-roundtrip-', {
      config: `[profile roundtrip]\nregion = ${REGION}\n`,
      credentials: credentialsFile(['roundtrip'], KEYS),
    }));
    idp = testIdp(endpoint, REGION);
  });
  afterAll(async () => {
    for (const id of created) await idp.send(new DeleteUserPoolCommand({ UserPoolId: id })).catch(() => undefined);
    idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[]) => runCli(env, args);
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
