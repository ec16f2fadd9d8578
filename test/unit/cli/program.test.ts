import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../../src/cli/context';
import type { CliDeps } from '../../../src/cli/deps';
import { runCli } from '../../../src/cli/program';
import { AppError } from '../../../src/shared/ipc/errors';
import { POOL_EXPORT_FORMAT } from '../../../src/shared/model/pool-export';
import type { ProfileSummary } from '../../../src/shared/model/profiles';

const SANDBOX: ProfileSummary = {
  name: 'Local sandbox',
  kind: 'sandbox',
  region: 'us-east-1',
  readOnly: false,
  needsMfa: false,
  hasCustomEndpoint: true,
  isDefault: false,
};

/** In-process runs with a fake context: checks parsing and exit codes without files, network or emulator. */
function harness(
  list: () => Promise<ProfileSummary[]> = () => Promise.resolve([SANDBOX]),
  env: NodeJS.ProcessEnv = { HOME: '/nowhere' },
) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: NodeJS.ProcessEnv[] = [];
  let disposed = 0;
  const deps: CliDeps = {
    io: { out: (t) => out.push(t), err: (t) => err.push(t), progress: false },
    env,
    openContext: (env) => {
      opened.push(env);
      const registry = { list, defaultRegion: () => Promise.resolve('us-east-1') };
      const fake = {
        registry,
        settings: { isReadOnly: () => false },
        dispose: () => {
          disposed += 1;
          return Promise.resolve();
        },
      };
      return fake as unknown as CliContext;
    },
  };
  return {
    run: (...argv: string[]) => runCli(argv, deps),
    stdout: () => out.join(''),
    stderrLines: () => err.join('').trimEnd().split('\n'),
    opened,
    disposed: () => disposed,
  };
}

describe('runCli', () => {
  it('prints help on --help and exits 0', async () => {
    const h = harness();
    expect(await h.run('--help')).toBe(0);
    expect(h.stdout()).toMatch(/Commands:[\s\S]*profiles[\s\S]*pools/);
    expect(h.stdout()).toMatch(/Exit codes:/);
  });

  it.each([
    [['poolz'], /^error: unknown command 'poolz'/],
    [['profiles', '--nope'], /^error: unknown option '--nope'/],
    [['pools', 'list', '--profile', 'p', '--region', 'moon'], /^error: invalid region "moon" \(--region\)/],
    [['pools', 'list', '--profile', 'p', '--endpoint-url', 'nope'], /^error: invalid --endpoint-url/],
    [
      ['pools', 'list', '--profile', 'Local sandbox', '--endpoint-url', 'http://x'],
      /cannot be used with the "Local sandbox"/,
    ],
    [['profiles', 'extra'], /^error: too many arguments/],
  ])('exits 2 with one stderr line and no AWS setup for %j', async (argv, pattern) => {
    const h = harness();
    expect(await h.run(...argv)).toBe(2);
    expect(h.stderrLines()).toHaveLength(1);
    expect(h.stderrLines()[0]).toMatch(pattern);
    expect(h.opened).toHaveLength(0);
  });

  it('exits 2 when a sub-command group is given without its command', async () => {
    const h = harness();
    expect(await h.run('pools')).toBe(2);
  });

  it('prints profiles as JSON and disposes the context', async () => {
    const h = harness();
    expect(await h.run('profiles', '--json')).toBe(0);
    expect(JSON.parse(h.stdout())).toEqual([SANDBOX]);
    expect(h.disposed()).toBe(1);
  });

  it('exits 3 with the mapped error line when AWS-side work fails, and still disposes', async () => {
    const h = harness(() => Promise.reject(new AppError('AWS_AUTH', 'Token expired', { hint: 'log in again' })));
    expect(await h.run('profiles')).toBe(3);
    expect(h.stderrLines()).toEqual(['error: AWS_AUTH: Token expired (hint: log in again)']);
    expect(h.disposed()).toBe(1);
  });

  it('users export: pool, format and file are required unless --resume, which refuses them (exit 2, no AWS)', async () => {
    const missing = harness();
    expect(await missing.run('users', 'export', '--profile', 'p', '--format', 'csv', '--out', 'u.csv')).toBe(2);
    expect(missing.stderrLines()).toEqual(["error: required option '--user-pool-id <id>' not specified (see --help)"]);
    const resume = harness();
    const jobId = '6f1c1d2e-8a5b-4c1e-9d2f-0a1b2c3d4e5f';
    expect(await resume.run('users', 'export', '--resume', jobId, '--out', 'u.csv', '--groups')).toBe(2);
    expect(resume.stderrLines()).toEqual([
      'error: --resume continues an export with its own profile, pool, format and file: drop --out, --groups (see --help)',
    ]);
    expect(missing.opened).toEqual([]);
    expect(resume.opened).toEqual([]);
  });

  it('exits 3 for an unknown profile, pointing at the profiles command', async () => {
    const h = harness();
    expect(await h.run('pools', 'list', '--profile', 'ghost')).toBe(3);
    expect(h.stderrLines()[0]).toMatch(/^error: NOT_FOUND: No profile named "ghost".*`cognito-console profiles`/);
  });

  it('hands the registry an env where --endpoint-url wins for every service', async () => {
    const h = harness();
    await h.run('pools', 'list', '--profile', 'ghost', '--endpoint-url', 'http://127.0.0.1:5000');
    expect(h.opened[0]).toMatchObject({
      HOME: '/nowhere',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:5000',
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: 'http://127.0.0.1:5000',
      AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:5000',
    });
  });
});

const profile = (name: string): ProfileSummary => ({ ...SANDBOX, name, kind: 'static', hasCustomEndpoint: false });

describe('which profile: --profile, then AWS_PROFILE, then AWS_DEFAULT_PROFILE, then "default"', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-cli-profile-'));
  const exportFile = path.join(dir, 'export.json');
  writeFileSync(
    exportFile,
    JSON.stringify({ format: POOL_EXPORT_FORMAT, pool: { PoolName: 'p' }, clients: [], groups: [] }),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pool = 'eu-west-1_AbC123';

  // Every command that works on a profile, without --profile.
  const commands: [string, string[]][] = [
    ['pools list', ['pools', 'list']],
    ['users export', ['users', 'export', '--user-pool-id', pool, '--format', 'csv', '--out', path.join(dir, 'u.csv')]],
    ['pool export', ['pool', 'export', '--user-pool-id', pool, '--format', 'json']],
    ['pool create', ['pool', 'create', '--from', exportFile]],
    ['preflight', ['preflight', '--user-pool-id', pool]],
    ['pool diff', ['pool', 'diff', '--left', pool, '--right', `dev:${pool}`]],
  ];

  it.each(commands)(
    '%s: no flag, no env, no "default" is a usage error (exit 2) listing the sources',
    async (_n, argv) => {
      const h = harness(() => Promise.resolve([SANDBOX, profile('dev')]));
      expect(await h.run(...argv)).toBe(2);
      expect(h.stderrLines()).toEqual([
        'error: no AWS profile: give --profile NAME, set AWS_PROFILE, or add a [default] profile to the AWS config or ' +
          'credentials file (`cognito-console profiles` lists the profiles) (see --help)',
      ]);
      expect(h.disposed()).toBe(1);
    },
  );

  it.each(commands)('%s: an unknown AWS_PROFILE exits 3 naming AWS_PROFILE', async (_n, argv) => {
    const h = harness(() => Promise.resolve([SANDBOX, profile('dev')]), { AWS_PROFILE: 'ghost' });
    expect(await h.run(...argv)).toBe(3);
    expect(h.stderrLines()).toEqual([
      'error: NOT_FOUND: No profile named "ghost" (from AWS_PROFILE) in the AWS config or credentials file. ' +
        '(hint: `cognito-console profiles` lists the profiles)',
    ]);
  });

  it.each(commands)('%s --help says the fallback order', async (name) => {
    const h = harness();
    expect(await h.run(...name.split(' '), '--help')).toBe(0);
    expect(h.stdout()).toMatch(/--profile <name>/);
    expect(h.stdout().replace(/\s+/g, ' ')).toMatch(/AWS_PROFILE, then AWS_DEFAULT_PROFILE, then "default"/);
  });

  it('--profile beats AWS_PROFILE, which beats AWS_DEFAULT_PROFILE, and each is named in the error', async () => {
    const env = { AWS_PROFILE: 'env-ghost', AWS_DEFAULT_PROFILE: 'old-ghost' };
    const flag = harness(undefined, env);
    expect(await flag.run('pools', 'list', '--profile', 'flag-ghost')).toBe(3);
    expect(flag.stderrLines()[0]).toMatch(/No profile named "flag-ghost" \(from --profile\)/);
    const old = harness(undefined, { AWS_DEFAULT_PROFILE: 'old-ghost' });
    expect(await old.run('pools', 'list')).toBe(3);
    expect(old.stderrLines()[0]).toMatch(/No profile named "old-ghost" \(from AWS_DEFAULT_PROFILE\)/);
  });

  it('refuses a malformed AWS_PROFILE before any setup, naming the variable', async () => {
    const h = harness(undefined, { AWS_PROFILE: 'a*b' });
    expect(await h.run('pools', 'list')).toBe(2);
    expect(h.stderrLines()[0]).toMatch(/^error: invalid AWS_PROFILE "a\*b"/);
    expect(h.opened).toHaveLength(0);
  });

  it('pool diff: --profile is the profile of a bare side; a PROFILE: prefix keeps its own', async () => {
    const bare = harness(() => Promise.resolve([SANDBOX, profile('dev')]), { AWS_PROFILE: 'dev' });
    expect(await bare.run('pool', 'diff', '--profile', 'ghost', '--left', pool, '--right', `dev:${pool}`)).toBe(3);
    expect(bare.stderrLines()[0]).toMatch(/No profile named "ghost" \(from --profile\)/);
    const prefixed = harness(() => Promise.resolve([SANDBOX, profile('dev')]));
    expect(await prefixed.run('pool', 'diff', '--profile', 'dev', '--left', `ghost:${pool}`, '--right', pool)).toBe(3);
    expect(prefixed.stderrLines()[0]).toMatch(/No profile named "ghost" \(from --left\)/);
  });

  it('pool diff refuses --endpoint-url when a bare side resolves to the Local sandbox', async () => {
    const h = harness(undefined, { AWS_PROFILE: 'Local sandbox' });
    const argv = ['pool', 'diff', '--endpoint-url', 'http://x', '--left', pool, '--right', `dev:${pool}`];
    expect(await h.run(...argv)).toBe(2);
    expect(h.stderrLines()[0]).toMatch(/cannot be used with the "Local sandbox"/);
    expect(h.opened).toHaveLength(0);
  });
});
