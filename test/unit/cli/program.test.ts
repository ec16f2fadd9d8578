import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../../src/cli/context';
import type { CliDeps } from '../../../src/cli/deps';
import { runCli } from '../../../src/cli/program';
import { AppError } from '../../../src/shared/ipc/errors';
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
function harness(list: () => Promise<ProfileSummary[]> = () => Promise.resolve([SANDBOX])) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: NodeJS.ProcessEnv[] = [];
  let disposed = 0;
  const deps: CliDeps = {
    io: { out: (t) => out.push(t), err: (t) => err.push(t), progress: false },
    env: { HOME: '/nowhere' },
    openContext: (env) => {
      opened.push(env);
      const registry = { list, defaultRegion: () => Promise.resolve('us-east-1') };
      const fake = {
        registry,
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
    [['pools', 'list'], /^error: required option '--profile <name>' not specified/],
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
