// The first `npm start` downloads Electron's binary (Electron 45 fetches it on first use, not at install). When that
// fails, install.js prints only "TypeError: fetch failed" or an HTTP code; this module runs the download and then
// finds out why it failed (DNS, refused connection, TLS interception, HTTP status), so the user reads the real cause.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const GITHUB = 'https://github.com/electron/electron/releases/download/';

/** The URL install.js fetches, by @electron/get's rules for the mirror variables. */
export function artifactUrl(version, env = process.env, platform = process.platform, arch = process.arch) {
  const mirror = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || GITHUB;
  const dir = env.ELECTRON_CUSTOM_DIR || env.npm_config_electron_custom_dir || `v${version}`;
  const base = mirror.endsWith('/') ? mirror : `${mirror}/`;
  return `${base}${dir.replace('{{ version }}', version)}/electron-v${version}-${platform}-${arch}.zip`;
}

/** Runs node_modules/electron/install.js; its errors are echoed and kept for the diagnosis. */
export function runElectronInstall(packageDir, env = process.env) {
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const output = `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  process.stderr.write(output);
  return { ok: result.status === 0, output };
}

const NETWORK = {
  ENOTFOUND: 'its host name could not be resolved: this machine has no internet access or no working DNS',
  EAI_AGAIN: 'its host name could not be resolved (DNS did not answer): no internet access or no working DNS',
  ECONNREFUSED: 'the connection was refused: nothing listens there, or a firewall rejects it',
  ECONNRESET: 'the connection was reset: a firewall or proxy cut it',
  ETIMEDOUT: 'the connection timed out: a firewall drops it, or a proxy is needed',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out: a firewall drops it, or a proxy is needed',
  ENETUNREACH: 'the network is unreachable from this machine',
  EHOSTUNREACH: 'the host is unreachable from this machine',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'TLS failed: a proxy re-signs HTTPS with a certificate Node does not trust (set NODE_EXTRA_CA_CERTS to its CA file)',
  SELF_SIGNED_CERT_IN_CHAIN:
    'TLS failed: a proxy re-signs HTTPS with a certificate Node does not trust (set NODE_EXTRA_CA_CERTS to its CA file)',
};

/** Asks the artifact URL once more, to name why the download failed. */
async function probe(url) {
  try {
    const response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(15_000) });
    return response.ok ? undefined : `the server answered HTTP ${response.status} ${response.statusText}`.trim();
  } catch (error) {
    const code = error?.cause?.code ?? error?.code ?? (error?.name === 'TimeoutError' ? 'ETIMEDOUT' : undefined);
    return NETWORK[code] ? `${NETWORK[code]} (${code})` : `${error?.cause?.message ?? error?.message ?? error}`;
  }
}

/** The lines `npm start` prints when the download failed: what was fetched, why it failed, how to fix it. */
export async function downloadFailure(version, output, env = process.env) {
  const url = artifactUrl(version, env);
  const status = /Response code (\d{3}[^\n]*)/.exec(output)?.[1];
  const checksum = /checksum|sha256/i.test(output)
    ? 'the downloaded file did not match its published checksum'
    : undefined;
  const cause = status
    ? `the server answered HTTP ${status.replace(/ for .*$/, '')}`
    : (checksum ?? (await probe(url)));
  return [
    `Cannot start the Electron app: Electron ${version}'s binary could not be downloaded.`,
    '',
    `  What was fetched: ${url}`,
    `  Why it failed:    ${cause ?? 'install.js failed (its output is above); the URL answers now, so try again'}`,
    '',
    '  Fix, then run `npm start` again:',
    '    - connect to the internet (github.com must be reachable), or',
    '    - behind a proxy: set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1, or',
    '    - use a mirror: ELECTRON_MIRROR=https://your.mirror/electron/ (it must hold v' + version + '/), or',
    '    - point at an Electron you already have: ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron/dist',
    '',
    '  Without Electron, the same console runs in your browser through the web host:',
    '    npm run build && npm run web-host',
    '',
  ];
}
