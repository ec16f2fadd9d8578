import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { CreateEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext } from '../../src/cli/context';
import type { CliDeps } from '../../src/cli/deps';
import { runCli } from '../../src/cli/program';
import type { PoolPreflight } from '../../src/shared/preflight/types';
import { KEYS, testIdp } from './users-fixture';

// Its own region keeps this file's pools apart from other files' pools in the shared emulator.
const REGION = 'eu-north-1';

describe('cognito-console preflight (in process, against moto)', () => {
  const endpoint = inject('motoEndpoint');
  const tag = randomUUID().slice(0, 8);
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-preflight-cli-'));
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'config'), `[profile preflight]\nregion = ${REGION}\n`);
    writeFileSync(
      path.join(dir, 'credentials'),
      `[preflight]\naws_access_key_id = ${KEYS.accessKeyId}\naws_secret_access_key = ${KEYS.secretAccessKey}\n`,
    );
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      AWS_CONFIG_FILE: path.join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const deps: CliDeps = {
      io: { out: (t) => (out += t), err: (t) => (err += t), progress: false },
      env,
      openContext: (e) => openContext({ env: e, dataDir: path.join(dir, 'data') }),
    };
    const code = await runCli(args, deps);
    return { code, out, err };
  }

  it('exits 1 with the failing finding for an unverified FROM address, 0 once the identity exists', async () => {
    const from = `orders-${tag}@example.net`;
    const { UserPool } = await testIdp(endpoint, REGION).send(
      new CreateUserPoolCommand({
        PoolName: `cli-preflight-${tag}`,
        EmailConfiguration: {
          EmailSendingAccount: 'DEVELOPER',
          SourceArn: `arn:aws:ses:${REGION}:123456789012:identity/${from}`,
        },
      }),
    );
    const args = [
      'preflight',
      '--profile',
      'preflight',
      '--user-pool-id',
      UserPool?.Id ?? '',
      '--endpoint-url',
      endpoint,
    ];
    const failing = await run(args);
    expect(failing.err).toBe('');
    expect(failing.code).toBe(1);
    expect(failing.out).toContain(`Email pre-flight of cli-preflight-${tag}`);
    expect(failing.out).toMatch(new RegExp(`FAIL  FROM identity verified\\n\\s+${from} is not an SES identity`));
    // moto has no GetAccount: reported as not checked, which does not fail the run.
    expect(failing.out).toMatch(/N\/A +SES sandbox\n\s+Could not check the SES account/);

    const ses = new SESv2Client({ region: REGION, endpoint, credentials: KEYS });
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: from }));
    const passing = await run([...args, '--json']);
    expect(passing.code).toBe(0);
    const result = JSON.parse(passing.out) as PoolPreflight;
    expect(result.findings.find((f) => f.rule === 'from-identity')?.status).toBe('pass');
    ses.destroy();
  });

  it('refuses a malformed pool id before any AWS call (exit 2)', async () => {
    const result = await run(['preflight', '--profile', 'preflight', '--user-pool-id', 'nope']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^error: invalid --user-pool-id "nope"/);
  });
});
