'use strict';
// Where the Electron executable of this checkout is, found without downloading it.
//
// Why not require('electron'): from Electron 45 the package has no install script; its index.js downloads the
// binary on the first require when it is missing (a ~100 MB fetch from GitHub, with output on stdout). A test that
// only asks "is there a binary?" must not start a download, and `npm start` wants to run the download itself so it
// can say why it failed. The rules below are the package's own (node_modules/electron/index.js and install.js):
// path.txt names the executable inside dist/, dist/version is the version that was extracted there, and
// ELECTRON_OVERRIDE_DIST_PATH points at an Electron build elsewhere.
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * @param {string} root the project folder (with node_modules/electron)
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ version: string, packageDir: string, binary?: string, missing?: string, installScript?: string }}
 */
function findElectronBinary(root, env = process.env) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const manifest = read(path.join(packageDir, 'package.json'));
  if (manifest === undefined) {
    return { version: '', packageDir, missing: 'node_modules/electron is not installed: run `npm install`' };
  }
  const { version, scripts } = JSON.parse(manifest);
  // Electron before 45 fetched its binary in postinstall, which npm 11 skips unless allowScripts approves it.
  const installScript = scripts?.postinstall ?? scripts?.install;
  const found = (binary, missing) =>
    existsSync(binary) ? { version, packageDir, binary } : { version, packageDir, missing, installScript };
  const executable = read(path.join(packageDir, 'path.txt'));
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, executable || 'electron');
    return found(binary, `ELECTRON_OVERRIDE_DIST_PATH names ${binary}, which does not exist`);
  }
  if (!executable) {
    return {
      version,
      packageDir,
      installScript,
      missing: `Electron ${version}'s binary was never downloaded (node_modules/electron/path.txt is absent)`,
    };
  }
  const extracted = read(path.join(packageDir, 'dist', 'version'))
    ?.trim()
    .replace(/^v/, '');
  if (extracted !== undefined && extracted !== version) {
    return {
      version,
      packageDir,
      installScript,
      missing: `node_modules/electron/dist holds Electron ${extracted}, not ${version}`,
    };
  }
  const binary = path.join(packageDir, 'dist', executable);
  return found(binary, `the Electron executable ${binary} does not exist`);
}

module.exports = { findElectronBinary };
