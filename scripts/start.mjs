#!/usr/bin/env node
// `npm start`: build, then run the console in Electron. Checks first what would otherwise fail deep inside a tool:
// a Node.js older than engines.node, and Electron's binary, which Electron 45 downloads on first use (not at
// install): this script runs that download itself, so a failure names its real cause and the fix.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadFailure, runElectronInstall } from './electron-download.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { findElectronBinary } = require('./electron-binary.cjs');
const { nodeVersionProblem } = require('./node-version.cjs');

const tooOld = nodeVersionProblem(root);
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}

/** An older Electron fetched its binary in an install script; npm 11 skips those unless allowScripts approves. */
function blockedScript(found) {
  return [
    `Cannot start the Electron app: Electron ${found.version}'s binary is not installed.`,
    '',
    `  Why: this Electron downloads its binary in its install script (${found.installScript}), and npm 11 runs a`,
    '       dependency\'s install script only when package.json "allowScripts" approves it (npm help install-scripts),',
    '       or the script ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 set.',
    '  Fix: npm install-scripts approve electron   then   npm rebuild electron',
    '',
  ];
}

let found = findElectronBinary(root);
// Not with ELECTRON_OVERRIDE_DIST_PATH: the user named an Electron of their own, and install.js would fill dist/ anyway.
if (!found.binary && found.version && !found.installScript && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log(`Electron ${found.version}'s binary is not downloaded yet: fetching it once (about 100 MB).`);
  const download = runElectronInstall(found.packageDir);
  found = findElectronBinary(root);
  if (!found.binary) {
    const lines = download.ok
      ? [`Cannot start the Electron app: the download ended but ${found.missing}.`, '']
      : await downloadFailure(found.version, download.output);
    console.error(lines.join('\n'));
    process.exit(1);
  }
}
if (!found.binary) {
  console.error(
    (found.installScript ? blockedScript(found) : [`Cannot start the Electron app: ${found.missing}.`]).join('\n'),
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
