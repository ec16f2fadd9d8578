import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startMoto } from '../../../src/main/sandbox/moto-process';
import { PYTHON } from '../../helpers/moto';
import { writeFixtureProfiles } from './fixture-profiles';

/** Starts an auth-enforcing moto (for the bad-keys profile) and the web host; the URL goes to the specs by env. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const home = mkdtempSync(path.join(tmpdir(), 'cc-e2e-'));
  const authMoto = await startMoto(PYTHON, { timeoutMs: 60_000, env: { INITIAL_NO_AUTH_ACTION_COUNT: '0' } });
  const files = writeFixtureProfiles(home, authMoto.endpoint);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    USERPROFILE: home,
    AWS_CONFIG_FILE: files.config,
    AWS_SHARED_CREDENTIALS_FILE: files.credentials,
  };
  for (const key of [
    'AWS_PROFILE',
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_ENDPOINT_URL',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
  ])
    delete env[key];
  // WEB_HOST_ENTRY / WEB_HOST_RENDERER point at another build (e.g. a scratch build while out/ is in use).
  const entry = process.env.WEB_HOST_ENTRY ?? 'out/web-host/index.cjs';
  const renderer = process.env.WEB_HOST_RENDERER ? ['--renderer', process.env.WEB_HOST_RENDERER] : [];
  const dataDir = path.join(home, 'data');
  const host = spawn(
    process.execPath,
    [entry, ...renderer, '--data-dir', dataDir, '--python', PYTHON, '--exit-with-stdin'],
    {
      env,
      // stdin stays open while this runner lives; if the runner is killed, the web host sees it close and stops.
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  process.env.WEB_HOST_URL = await firstUrl(host);
  // For specs that arrange files in the host's data folder (a seeded user index) or read its memory.
  process.env.WEB_HOST_DATA_DIR = dataDir;
  process.env.WEB_HOST_PID = String(host.pid);
  return async () => {
    host.kill('SIGTERM');
    await new Promise((resolve) => host.once('exit', resolve));
    await authMoto.stop();
  };
}

function firstUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The web host did not print its URL within 30 s (run npm run build first)')),
      30_000,
    );
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const match = /WEB_HOST_URL=(\S+)/.exec(buffer);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`The web host exited with code ${code}`)));
  });
}
