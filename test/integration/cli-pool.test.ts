import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listUserPools } from '../../src/main/services/user-pools';
import type { PoolCompare } from '../../src/shared/model/pool-compare';
import type { PoolExport } from '../../src/shared/model/pool-export';
import { KEYS, testIdp } from './users-fixture';
import { cliHome, credentialsFile, runCli } from './cli-home';

const REGION = 'sa-east-1';

describe('cognito-console pool export | create | diff (built CLI, spawned, against moto)', () => {
  const endpoint = inject('motoEndpoint');
  const suffix = randomUUID().slice(0, 8);
  const sourceName = `cli-pool-src-${suffix}`;
  const created: string[] = [];
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let idp: CognitoIdentityProviderClient;
  let source: string;

  beforeAll(async () => {
    // The app's Settings marked pool-ro read-only: the CLI must refuse writes with it, as the app does.
    ({ dir, env } = cliHome('cc-pool-cli-', {
      config: `[profile pool-cli]\nregion = ${REGION}\n\n[profile pool-ro]\n`,
      credentials: credentialsFile(['pool-cli', 'pool-ro'], KEYS),
      settings: { readOnlyProfiles: ['pool-ro'], theme: 'system' },
    }));
    idp = testIdp(endpoint, REGION);
    const { UserPool } = await idp.send(
      new CreateUserPoolCommand({
        PoolName: sourceName,
        Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: true } },
        MfaConfiguration: 'OPTIONAL',
        UsernameAttributes: ['email'],
        Schema: [{ Name: 'tenant', AttributeDataType: 'String', Mutable: true }],
        UserPoolTags: { team: 'identity' },
      }),
    );
    source = UserPool?.Id ?? '';
    created.push(source);
    await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: source,
        ClientName: 'web',
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
      }),
    );
    await idp.send(new CreateGroupCommand({ UserPoolId: source, GroupName: 'admins', Precedence: 1 }));
  });
  afterAll(async () => {
    for (const id of created) await idp.send(new DeleteUserPoolCommand({ UserPoolId: id })).catch(() => undefined);
    idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[]) => runCli(env, args);
  const target = (profile = 'pool-cli') => ['--profile', profile, '--endpoint-url', endpoint];
  const exportFile = () => path.join(dir, 'export.json');

  it('exports JSON, creates a pool from it, and diffs the two: only the name differs (exit 1)', () => {
    const exported = cli(['pool', 'export', ...target(), '--user-pool-id', source, '--format', 'json']);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    const data = JSON.parse(exported.stdout) as PoolExport;
    expect(data.pool.PoolName).toBe(sourceName);
    expect(data.clients.map((c) => c.ClientName)).toEqual(['web']);
    expect(data.groups).toEqual([{ GroupName: 'admins', Precedence: 1 }]);

    const toFile = cli([
      'pool',
      'export',
      ...target(),
      '--user-pool-id',
      source,
      '--format',
      'json',
      '--out',
      exportFile(),
    ]);
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(JSON.parse(readFileSync(exportFile(), 'utf8'))).toEqual(data);

    const copyName = `cli-pool-copy-${suffix}`;
    const create = cli(['pool', 'create', ...target(), '--from', exportFile(), '--pool-name', copyName]);
    expect(create.stderr).toBe('');
    expect(create.status).toBe(0);
    const copy = create.stdout.trim();
    expect(copy).toMatch(new RegExp(`^${REGION}_\\w+$`));
    created.push(copy);

    const diff = cli([
      'pool',
      'diff',
      '--endpoint-url',
      endpoint,
      '--left',
      `pool-cli:${source}`,
      '--right',
      `pool-cli:${copy}`,
    ]);
    expect(diff.stderr).toBe('');
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('[General]');
    expect(diff.stdout).toContain(`- "${sourceName}"`);
    expect(diff.stdout).toContain(`+ "${copyName}"`);
    const rows = (
      JSON.parse(
        cli([
          'pool',
          'diff',
          '--endpoint-url',
          endpoint,
          '--left',
          `pool-cli:${source}`,
          '--right',
          `pool-cli:${copy}`,
          '--json',
        ]).stdout,
      ) as PoolCompare
    ).differences;
    // The clients, the group-free settings, the schema and the tags came across: the name is the only difference.
    expect(rows).toEqual([
      { section: 'General', path: 'General.PoolName', label: 'Pool name', left: sourceName, right: copyName },
    ]);
  });

  it('a pool diffed with itself exits 0; a side may name its region (PROFILE@REGION:POOL_ID)', () => {
    // pool-ro has no region of its own: @REGION on the left, --region for the right side.
    const run = cli([
      'pool',
      'diff',
      '--endpoint-url',
      endpoint,
      '--region',
      REGION,
      '--left',
      `pool-cli@${REGION}:${source}`,
      '--right',
      `pool-ro:${source}`,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/No differences in \d+ settings\./);
  });

  it('exports a CloudFormation template with the pool, its client and group as resources', () => {
    const run = cli(['pool', 'export', ...target(), '--user-pool-id', source, '--format', 'cloudformation']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^AWSTemplateFormatVersion: /);
    // YAML-ish: space indentation only, and every line a key, a list item or a continuation of one.
    for (const line of lines) expect(line).toMatch(/^( {2})*(- ?|[\w".-]+:( |$)|"[^"]*":( |$))/);
    expect(run.stdout).toContain('Type: "AWS::Cognito::UserPool"');
    expect(run.stdout).toContain('Type: "AWS::Cognito::UserPoolClient"');
    expect(run.stdout).toContain('Type: "AWS::Cognito::UserPoolGroup"');
    expect(run.stdout).toContain(`UserPoolName: "${sourceName}"`);
    expect(run.stdout).toContain('UserPoolId: !Ref UserPool');
  });

  it('refuses to create with a profile the app marks read-only (exit 3, no pool made)', async () => {
    const name = `cli-pool-ro-${suffix}`;
    const run = cli([
      'pool',
      'create',
      ...target('pool-ro'),
      '--region',
      REGION,
      '--from',
      exportFile(),
      '--pool-name',
      name,
    ]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: FORBIDDEN: Profile "pool-ro" is read-only: pool create was refused.*\n$/);
    expect((await listUserPools(idp)).map((p) => p.name)).not.toContain(name);
  });

  it('usage errors exit 2 with one line on stderr, before any AWS call', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'something-else', pool: {}, clients: [], groups: [] }));
    const cases: [string[], RegExp][] = [
      [['pool', 'export', ...target(), '--user-pool-id', source, '--format', 'yaml'], /invalid --format "yaml"/],
      [['pool', 'export', ...target(), '--format', 'json'], /--user-pool-id/],
      [['pool', 'export', ...target(), '--user-pool-id', 'nope', '--format', 'json'], /invalid --user-pool-id/],
      [['pool', 'create', ...target(), '--from', path.join(dir, 'missing.json')], /cannot read --from/],
      [['pool', 'create', ...target(), '--from', bad], /invalid --from .* at format/],
      [['pool', 'diff', '--left', `pool-cli:${source}`], /--right/],
      [
        // An empty PROFILE: (a bare pool id is a side of the --profile / AWS_PROFILE / default profile).
        ['pool', 'diff', '--left', `:${source}`, '--right', `pool-cli:${source}`],
        /invalid --left .*PROFILE\[@REGION\]:POOL_ID/,
      ],
      [
        ['pool', 'diff', '--left', `pool-cli:${source}`, '--right', `pool-cli:${source}`, '--region', 'mars'],
        /invalid region "mars"/,
      ],
      [['pool', 'frobnicate'], /unknown command/],
    ];
    for (const [args, pattern] of cases) {
      const run = cli(args);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
    }
  });

  it('--help documents the side syntax and the exit codes of diff', () => {
    const run = cli(['pool', 'diff', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('PROFILE[@REGION]:POOL_ID');
    expect(run.stdout).toMatch(/Exit 0 when the pools are equal, 1 when they differ/);
  });
});
