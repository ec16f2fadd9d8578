import type { SpawnSyncReturns } from 'node:child_process';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
/** The published launcher, run by the Node that runs the tests. */
export const BIN = path.join(ROOT, 'bin', 'cognito-console.cjs');

/** `[name]` sections with the same static keys, for a credentials file. */
export function credentialsFile(names: readonly string[], keys: { accessKeyId: string; secretAccessKey: string }) {
  const body = `aws_access_key_id = ${keys.accessKeyId}\naws_secret_access_key = ${keys.secretAccessKey}\n`;
  return names.map((name) => `[${name}]\n${body}`).join('\n');
}

export interface CliHome {
  dir: string;
  /** Only what the CLI needs: no AWS_* of the developer's shell (an AWS_PROFILE there would change the answers). */
  env: NodeJS.ProcessEnv;
}

/**
 * Builds the CLI bundle, then a throwaway HOME with the given AWS config and credentials files and an app data
 * folder (COGNITO_CONSOLE_DATA_DIR) holding `settings` as the app's settings.json when given.
 */
export function cliHome(prefix: string, files: { config: string; credentials: string; settings?: object }): CliHome {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { cwd: ROOT, stdio: 'pipe' });
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.join(dir, 'home'));
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'config'), files.config);
  writeFileSync(path.join(dir, 'credentials'), files.credentials);
  if (files.settings) writeFileSync(path.join(dir, 'data', 'settings.json'), JSON.stringify(files.settings));
  return {
    dir,
    env: {
      PATH: process.env.PATH,
      HOME: path.join(dir, 'home'),
      AWS_CONFIG_FILE: path.join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      COGNITO_CONSOLE_DATA_DIR: path.join(dir, 'data'),
    },
  };
}

/** One CLI run to its end (killed after a minute, so a hung CLI fails its test instead of the file). */
export function runCli(env: NodeJS.ProcessEnv, args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}
