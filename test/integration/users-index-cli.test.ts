import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AdminDeleteUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CliHome } from './cli-home';
import { cliHome, credentialsFile, runCli } from './cli-home';
import { createTestPool, KEYS, seedUsers, testIdp } from './users-fixture';

const REGION = 'me-central-1';

describe('cognito-console users index status|sync (built CLI, spawned)', () => {
  const endpoint = inject('motoEndpoint');
  let home: CliHome;
  let idp: CognitoIdentityProviderClient;
  let userPoolId: string;

  beforeAll(async () => {
    home = cliHome('cc-index-cli-', {
      config: `[profile index-cli]\nregion = ${REGION}\nendpoint_url = ${endpoint}\n`,
      credentials: credentialsFile(['index-cli'], KEYS),
      // A read-only profile may sync: the sync only reads from AWS.
      settings: { readOnlyProfiles: ['index-cli'], theme: 'system' },
    });
    idp = testIdp(endpoint, REGION);
    userPoolId = await createTestPool(idp, `cli-index-${randomUUID().slice(0, 8)}`);
    await seedUsers(idp, userPoolId, 50);
  });
  afterAll(() => {
    idp.destroy();
    rmSync(home.dir, { recursive: true, force: true });
  });

  const index = (...args: string[]) =>
    runCli(home.env, ['users', 'index', ...args, '--profile', 'index-cli', '--user-pool-id', userPoolId]);

  it('status before any sync, a sync at a share, a second sync that removes deleted users', async () => {
    const before = index('status', '--json');
    expect(before.stderr).toBe('');
    expect(before.status).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({ users: 0, resumable: false });

    const synced = index('sync', '--share', '0.3', '--json');
    expect(synced.stderr).toContain('synced 50 users');
    expect(synced.status).toBe(0);
    const first = JSON.parse(synced.stdout) as { users: number; lastCompleteAt: string; file: string };
    expect(first).toMatchObject({ users: 50, resumable: false });
    expect(first.file.startsWith(home.env.COGNITO_CONSOLE_DATA_DIR ?? '-')).toBe(true);

    for (const name of ['user-000', 'user-001', 'user-002']) {
      await idp.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: name }));
    }
    const again = index('sync');
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('removed 3 no longer in the pool');
    expect(again.stdout).toMatch(/users:\s+47\n/);
    expect(again.stdout).toMatch(/last complete sync:\s+\d{4}-/);
  });

  it('refuses a bad --share or pool id before any AWS call (exit 2), and a missing pool exits 3', () => {
    for (const share of ['0', '1.5', 'half']) {
      const bad = index('sync', '--share', share);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('invalid --share');
    }
    const badPool = runCli(home.env, ['users', 'index', 'status', '--profile', 'index-cli', '--user-pool-id', 'nope']);
    expect(badPool.status).toBe(2);
    const gone = runCli(home.env, [
      'users',
      'index',
      'sync',
      '--profile',
      'index-cli',
      '--user-pool-id',
      `${REGION}_doesNotExist1`,
    ]);
    expect(gone.stderr).toMatch(/^error: NOT_FOUND: /);
    expect(gone.status).toBe(3);
  });
});
