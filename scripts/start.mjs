#!/usr/bin/env node
// `npm start`: build, then run the console in Electron. When the Electron binary was never downloaded (offline
// installs use ELECTRON_SKIP_BINARY_DOWNLOAD=1), say so and how to fix it instead of failing deep inside a tool.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/** The path of the Electron executable, or why there is none. */
function electronBinary() {
  try {
    // The electron package exports the executable's path; it throws when its install step never ran.
    const binary = require('electron');
    if (typeof binary !== 'string') return { missing: 'the electron package did not report a binary path' };
    return existsSync(binary)
      ? { binary }
      : { missing: `the electron package points at ${binary}, which does not exist` };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

const found = electronBinary();
if (!found.binary) {
  console.error(
    [
      'Cannot start the Electron app: the Electron binary is not installed.',
      '',
      `  What is missing: the Electron executable (node_modules/electron/dist) — ${found.missing.replace(/\.$/, '')}.`,
      '  Why: the electron package downloads its binary from GitHub in its install step. That step was skipped',
      '       (ELECTRON_SKIP_BINARY_DOWNLOAD=1 was set) or had no internet access during npm install.',
      '',
      '  Fix, on a machine with internet access, either:',
      '    node node_modules/electron/install.js',
      '  or reinstall without ELECTRON_SKIP_BINARY_DOWNLOAD:',
      '    npm rebuild electron        (or: rm -rf node_modules/electron && npm install)',
      '',
      '  Without Electron, the same console runs in your browser through the web host:',
      '    npm run build && npm run web-host',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const electronVite = path.join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite',
);

function run(args) {
  // ELECTRON_EXEC_PATH makes electron-vite launch exactly the binary checked above.
  const env = { ...process.env, ELECTRON_EXEC_PATH: found.binary };
  const result = spawnSync(electronVite, args, {
    cwd: root,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const built = run(['build']);
if (built !== 0) process.exit(built);
// preview runs the built app (out/main/index.js) in Electron, loading the renderer over app:// as in production.
process.exit(run(['preview', '--skipBuild']));
