import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProfileSummary } from '../../src/shared/model/profiles';
import { SANDBOX_PROFILE } from '../../src/shared/model/profiles';
import type { UserPoolSummary } from '../../src/shared/model/user-pools';
import { PYTHON } from '../helpers/moto';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'cognito-console.cjs');
// Its own region keeps these pools apart from other files' pools in the shared emulator (which is never reset here).
const REGION = 'eu-west-3';
const KEYS = { accessKeyId: 'AKIAFAKECLITEST00001', secretAccessKey: 'fake-secret-for-the-cli-test' };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

describe('cognito-console CLI (built bundle, spawned)', () => {
  const endpoint = inject('motoEndpoint');
  const tag = randomUUID().slice(0, 8);
  const names = { a: `cli-${tag}-alpha`, b: `cli-${tag}-beta` };
  const ids = { a: '', b: '' };
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let idp: CognitoIdentityProviderClient;

  const cli = (args: string[], extraEnv: NodeJS.ProcessEnv = {}, onStart?: (pid: number) => void): Promise<Run> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { ...env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (child.pid !== undefined) onStart?.(child.pid);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      // A CLI that leaves a handle open never exits: fail loudly instead of timing out the whole file.
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      });
    });

  const expectOneErrorLine = (run: Run, pattern: RegExp): void => {
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(pattern);
    expect(run.stdout).toBe('');
  };

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { cwd: ROOT, stdio: 'pipe' });
    dir = mkdtempSync(path.join(tmpdir(), 'cc-cli-'));
    const home = path.join(dir, 'home');
    mkdirSync(home);
    const config = path.join(dir, 'config');
    const credentials = path.join(dir, 'credentials');
    writeFileSync(
      config,
      `[profile cli-moto]\nregion = ${REGION}\nendpoint_url = ${endpoint}\n\n[profile cli-bare]\nregion = ${REGION}\n`,
    );
    const keys = `aws_access_key_id = ${KEYS.accessKeyId}\naws_secret_access_key = ${KEYS.secretAccessKey}\n`;
    writeFileSync(credentials, `[cli-moto]\n${keys}\n[cli-bare]\n${keys}`);
    // The desktop app's data folder under this HOME: the CLI must see its read-only flags.
    const appData = path.join(home, '.config', 'cognito-console');
    mkdirSync(appData, { recursive: true });
    writeFileSync(
      path.join(appData, 'settings.json'),
      JSON.stringify({ readOnlyProfiles: ['cli-bare'], theme: 'system' }),
    );

    // No AWS_* or XDG_* from the developer's shell: only what this test sets.
    const pythonDir = path.isAbsolute(PYTHON) ? `${path.dirname(PYTHON)}${path.delimiter}` : '';
    env = {
      PATH: `${pythonDir}${process.env.PATH ?? ''}`,
      HOME: home,
      AWS_CONFIG_FILE: config,
      AWS_SHARED_CREDENTIALS_FILE: credentials,
      AWS_EC2_METADATA_DISABLED: 'true',
    };

    idp = new CognitoIdentityProviderClient({ region: REGION, endpoint, credentials: KEYS });
    const a = await idp.send(new CreateUserPoolCommand({ PoolName: names.a, DeletionProtection: 'ACTIVE' }));
    const b = await idp.send(new CreateUserPoolCommand({ PoolName: names.b }));
    ids.a = a.UserPool?.Id ?? '';
    ids.b = b.UserPool?.Id ?? '';
  });

  afterAll(async () => {
    if (ids.a) await idp.send(new UpdateUserPoolCommand({ UserPoolId: ids.a, DeletionProtection: 'INACTIVE' }));
    for (const id of [ids.a, ids.b]) if (id) await idp.send(new DeleteUserPoolCommand({ UserPoolId: id }));
    idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--help exits 0 and names the commands', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/profiles/);
    expect(top.stdout).toMatch(/pools/);
    const list = await cli(['pools', 'list', '--help']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/--profile <name>/);
    expect(list.stdout).toMatch(/--endpoint-url <url>/);
  });

  it("profiles --json lists the sandbox first, then the ini profiles with the app's read-only flags", async () => {
    const run = await cli(['profiles', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const profiles = JSON.parse(run.stdout) as ProfileSummary[];
    expect(profiles[0]).toMatchObject({ name: SANDBOX_PROFILE, kind: 'sandbox' });
    expect(profiles).toContainEqual(
      expect.objectContaining({
        name: 'cli-moto',
        kind: 'static',
        region: REGION,
        readOnly: false,
        hasCustomEndpoint: true,
      }),
    );
    expect(profiles).toContainEqual(
      expect.objectContaining({ name: 'cli-bare', readOnly: true, hasCustomEndpoint: false }),
    );

    const table = await cli(['profiles']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^NAME\s+KIND\s+REGION\s+READ-ONLY\s+DEFAULT\n/);
    expect(table.stdout).toMatch(/cli-bare\s+static\s+eu-west-3\s+yes\s+no/);
  });

  it('pools list --json returns the pools with their ids and details', async () => {
    const run = await cli(['pools', 'list', '--profile', 'cli-moto', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pools = JSON.parse(run.stdout) as UserPoolSummary[];
    expect(pools.find((p) => p.name === names.a)).toMatchObject({
      id: ids.a,
      deletionProtection: true,
      estimatedUsers: 0,
      mfa: 'OFF',
    });
    expect(pools.find((p) => p.name === names.b)).toMatchObject({ id: ids.b, deletionProtection: false });
  });

  it('pools list prints an aligned table by default', async () => {
    const run = await cli(['pools', 'list', '--profile', 'cli-moto']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+ID\s+CREATED \(UTC\)\s+EST\. USERS\s+MFA\s+DELETION PROTECTION$/);
    const row = lines.find((l) => l.startsWith(names.a));
    expect(row).toMatch(new RegExp(`^${names.a}\\s+${ids.a}\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+0\\s+OFF\\s+on$`));
    expect(lines.some((l) => l.startsWith(names.b))).toBe(true);
    // Aligned: every row's ID column starts where the header's does.
    const idColumn = lines[0]?.indexOf('ID') ?? -1;
    expect(row?.indexOf(ids.a)).toBe(idColumn);
  });

  it('--endpoint-url reaches the emulator for a profile without endpoint_url', async () => {
    const run = await cli(['pools', 'list', '--profile', 'cli-bare', '--endpoint-url', endpoint, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const ids_ = (JSON.parse(run.stdout) as UserPoolSummary[]).map((p) => p.id);
    expect(ids_).toEqual(expect.arrayContaining([ids.a, ids.b]));
  });

  it('--region and AWS_REGION pick the region (the pools live in eu-west-3 only)', async () => {
    for (const run of [
      await cli(['pools', 'list', '--profile', 'cli-moto', '--region', 'ap-south-1', '--json']),
      await cli(['pools', 'list', '--profile', 'cli-moto', '--json'], { AWS_REGION: 'ap-south-1' }),
    ]) {
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as UserPoolSummary[]).map((p) => p.id)).not.toContain(ids.a);
    }
  });

  it('exits 2 with one stderr line for usage errors', async () => {
    const missing = await cli(['pools', 'list']);
    expect(missing.code).toBe(2);
    // No --profile, no AWS_PROFILE and no [default] profile in this config.
    expectOneErrorLine(missing, /no AWS profile: give --profile NAME, set AWS_PROFILE, or add a \[default\] profile/);
    const region = await cli(['pools', 'list', '--profile', 'cli-moto', '--region', 'mars-1']);
    expect(region.code).toBe(2);
    expectOneErrorLine(region, /invalid region "mars-1"/);
    const envRegion = await cli(['pools', 'list', '--profile', 'cli-moto'], { AWS_REGION: 'Europe' });
    expect(envRegion.code).toBe(2);
    expectOneErrorLine(envRegion, /invalid region "Europe" \(from AWS_REGION\)/);
    const command = await cli(['poolz']);
    expect(command.code).toBe(2);
    // `pool` and `pools` both exist: commander offers both.
    expectOneErrorLine(command, /unknown command 'poolz'.*Did you mean one of pool, pools\?/);
    const flag = await cli(['profiles', '--jsn']);
    expect(flag.code).toBe(2);
    expectOneErrorLine(flag, /unknown option '--jsn'/);
  });

  it('exits 3 for an unknown profile and for an unreachable endpoint, quickly', async () => {
    const unknown = await cli(['pools', 'list', '--profile', 'nobody']);
    expect(unknown.code).toBe(3);
    expectOneErrorLine(unknown, /^error: NOT_FOUND: No profile named "nobody".*\(hint: `cognito-console profiles`/);

    const down = await cli(['pools', 'list', '--profile', 'cli-bare', '--endpoint-url', 'http://127.0.0.1:9']);
    expect(down.code).toBe(3);
    expectOneErrorLine(down, /^error: NETWORK: .*ECONNREFUSED.*\[ListUserPools\] \(hint: /);
    // The SDK retries (5 attempts, backoff) before giving up; it must still be quick.
    expect(down.ms).toBeLessThan(15_000);
  });

  it('runs the Local sandbox for one listing and leaves no emulator behind', async () => {
    const motoPids = new Set<number>();
    let watcher: NodeJS.Timeout | undefined;
    const run = await cli(['pools', 'list', '--profile', SANDBOX_PROFILE, '--json'], {}, (pid) => {
      watcher = setInterval(() => motoChildren(pid).forEach((p) => motoPids.add(p)), 100);
    });
    clearInterval(watcher);
    if (process.platform === 'linux') {
      expect(motoPids.size).toBeGreaterThan(0);
      for (const pid of motoPids) expect(isAlive(pid), `moto ${pid} still running`).toBe(false);
    }
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pools = JSON.parse(run.stdout) as UserPoolSummary[];
    expect(pools.map((p) => p.name)).toEqual(['demo-app-users', 'demo-partner-portal']);
    expect(pools[0]).toMatchObject({ estimatedUsers: 200, deletionProtection: true });
  });

  it('only reads the app data folder (no venv, no settings written, even after a sandbox run)', () => {
    expect(readdirSync(path.join(env.HOME ?? '', '.config', 'cognito-console'))).toEqual(['settings.json']);
  });
});

/** The moto servers a process started (Linux /proc; elsewhere none are seen and the check is skipped). */
function motoChildren(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return children.filter((child) => {
      try {
        return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('moto.server');
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
