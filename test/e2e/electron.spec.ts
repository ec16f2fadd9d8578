import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The real Electron shell: the built app (out/main/index.js) in the Electron binary. Skipped where the binary was
 * never downloaded (Electron 45 fetches it on first use; offline machines never do); run `npm run build` first.
 */

const root = path.resolve(__dirname, '..', '..');
const DEMO_POOLS = ['demo-app-users', 'demo-partner-portal'];

/** The same finder `npm start` uses: it never starts Electron 45's download-on-first-require. */
const { findElectronBinary } = createRequire(__filename)('../../scripts/electron-binary.cjs') as {
  findElectronBinary: (root: string) => { binary?: string; missing?: string };
};
const found = findElectronBinary(root);
const binary = found.binary;
const hasElectronBinary = binary !== undefined;

const SKIP_REASON =
  `Electron binary not installed: ${found.missing ?? ''}. Electron 45 downloads it on first use; run ` +
  '`node node_modules/electron/install.js` (or `npm start`) with internet access to run this spec.';
// The list reporter does not print skip reasons: say it once, plainly, in the run's output.
if (!hasElectronBinary) console.log(`[electron project] skipped: ${SKIP_REASON}`);
test.skip(!hasElectronBinary, SKIP_REASON);

// One app for the whole file: the specs below look at the same running window, in order.
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let window: Page;
const problems: string[] = [];

test.beforeAll(async () => {
  const mainEntry = path.join(root, 'out', 'main', 'index.js');
  if (!existsSync(mainEntry)) throw new Error('out/main/index.js is missing: run `npm run build` first');
  // A throwaway HOME: no developer ~/.aws profiles, a fresh userData (settings, sandbox data) for this run.
  const home = mkdtempSync(path.join(tmpdir(), 'cc-electron-e2e-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('AWS_') && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  Object.assign(env, { HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: path.join(home, '.config') });
  // Chromium refuses to start as root with its OS sandbox (typical in CI containers); the renderer's
  // `sandbox: true` preference is still what the app sets and what the rest of this spec observes.
  const chromiumArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await electron.launch({
    executablePath: binary,
    args: [...chromiumArgs, mainEntry],
    env,
    cwd: root,
    timeout: 60_000,
  });
  window = await app.firstWindow();
  window.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  window.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
});

test.afterAll(async () => {
  await app?.close();
});

test('loads the renderer over app:// in a titled window', async () => {
  await window.waitForLoadState('domcontentloaded');
  expect(window.url()).toBe('app://cognito-console/index.html');
  await expect(window).toHaveTitle(/cognito[- ]console/i);
  // The nonce placeholder was replaced per load by the app:// handler.
  const nonce = await window.locator('meta[name="csp-nonce"]').getAttribute('content');
  expect(nonce).toBeTruthy();
  expect(nonce).not.toBe('__CSP_NONCE__');
});

test('exposes window.api and nothing of Node or Electron to the page', async () => {
  const exposed = await window.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    const api = g['api'] as Record<string, unknown> | undefined;
    return {
      api: typeof api,
      invoke: typeof api?.['invoke'],
      on: typeof api?.['on'],
      require: typeof g['require'],
      process: typeof g['process'],
      module: typeof g['module'],
      Buffer: typeof g['Buffer'],
      ipcRenderer: typeof g['ipcRenderer'],
    };
  });
  expect(exposed).toEqual({
    api: 'object',
    invoke: 'function',
    on: 'function',
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    ipcRenderer: 'undefined',
  });
});

test('answers contract calls over IPC and refuses others in the preload', async () => {
  const [info, unknown] = await window.evaluate(async () => {
    type Invoke = (channel: string, request: unknown) => Promise<unknown>;
    const api = (globalThis as unknown as { api: { invoke: Invoke } }).api;
    return Promise.all([api.invoke('app:info', {}), api.invoke('shell:open', { url: 'file:///etc/passwd' })]);
  });
  expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
  expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
});

test('shows the demo pools of the Local sandbox in the User pools grid', async () => {
  const grid = window.getByRole('region', { name: 'User pools' });
  // The first start launches and seeds the moto emulator (python3 with moto must be on PATH).
  for (const name of DEMO_POOLS) {
    await expect(grid.getByRole('gridcell', { name, exact: true })).toBeVisible({ timeout: 90_000 });
  }
  expect(problems).toEqual([]);
});

test('refuses navigation away from the app and new windows', async () => {
  type Nav = { location: { href: string }; open(url: string): unknown };
  // Neither URL is on the external allow-list, so nothing reaches the OS browser either.
  const opened = await window.evaluate(() => {
    const g = globalThis as unknown as Nav;
    const popup = g.open('https://evil.example/');
    g.location.href = 'https://evil.example/';
    return popup === null;
  });
  expect(opened).toBe(true);
  // Proving that something did not happen needs a moment for it to have happened.
  await window.waitForTimeout(1_000);
  expect(window.url()).toBe('app://cognito-console/index.html');
  expect(app.windows()).toHaveLength(1);
});
