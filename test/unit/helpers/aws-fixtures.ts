import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfileFiles } from '../../../src/main/aws/profiles';

/** test/fixtures/aws, wherever the tests run from. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/aws/', import.meta.url));
export const CREDENTIAL_PROCESS_SCRIPT = path.join(FIXTURES_DIR, 'credential-process.mjs');

/** The secrets in test/fixtures/aws (and printed by its credential_process script), for assertions and leak scans. */
export const FIXTURE_KEYS = {
  default: { accessKeyId: 'AKIAFIXTUREDEFAULT01', secretAccessKey: 'fixtureDefaultSecret/DO+NOT+USE/000000001' },
  'emulator-endpoint': {
    accessKeyId: 'AKIAFIXTUREEMULATOR1',
    secretAccessKey: 'fixtureEmulatorSecret/DO+NOT+USE/00000002',
  },
  'local-emulators': {
    accessKeyId: 'AKIAFIXTURELOCALEMU1',
    secretAccessKey: 'fixtureLocalEmuSecret/DO+NOT+USE/00000003',
  },
  'ci-bot': {
    accessKeyId: 'ASIAFIXTURECIBOT0001',
    secretAccessKey: 'fixtureCiBotSecret/DO+NOT+USE/0000000004',
    sessionToken: 'fixtureCiBotSessionToken/DO+NOT+USE/0000000000000004',
  },
  'from-process': {
    accessKeyId: 'ASIAFIXTUREPROCESS01',
    secretAccessKey: 'fixtureProcessSecret/DO+NOT+USE/00000005',
    sessionToken: 'fixtureProcessSessionToken/DO+NOT+USE/0000000000000005',
  },
} as const;

export interface TempAwsDir {
  dir: string;
  files: Required<ProfileFiles>;
  cleanup(): void;
}

/**
 * Copies the fixture config and credentials into a fresh temp dir. The credential_process line is rewritten to
 * absolute paths, so it works whatever the working directory; `extraConfig` / `extraCredentials` are appended.
 */
export function copyFixtures(extra: { config?: string; credentials?: string } = {}): TempAwsDir {
  const relative = 'node test/fixtures/aws/credential-process.mjs';
  const config = readFileSync(path.join(FIXTURES_DIR, 'config'), 'utf8');
  if (!config.includes(relative)) throw new Error('fixture config no longer names the credential_process script');
  const absolute = `"${process.execPath}" "${CREDENTIAL_PROCESS_SCRIPT}"`;
  return writeAwsFiles(
    config.replace(relative, absolute) + (extra.config ?? ''),
    readFileSync(path.join(FIXTURES_DIR, 'credentials'), 'utf8') + (extra.credentials ?? ''),
  );
}

/** Writes the given config and credentials texts into a fresh temp dir. */
export function writeAwsFiles(config: string, credentials: string): TempAwsDir {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-aws-'));
  const files = { configFilepath: path.join(dir, 'config'), filepath: path.join(dir, 'credentials') };
  writeFileSync(files.configFilepath, config);
  writeFileSync(files.filepath, credentials);
  return { dir, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Sets environment variables for one test and gives back a function that restores the previous values. */
export function withEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  return () => apply(saved);
}
