import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const load = createRequire(__filename);
interface Found {
  version: string;
  binary?: string;
  missing?: string;
  installScript?: string;
}
const { findElectronBinary } = load('../../../scripts/electron-binary.cjs') as {
  findElectronBinary: (root: string, env?: NodeJS.ProcessEnv) => Found;
};
const { minimumNode, nodeVersionProblem } = load('../../../scripts/node-version.cjs') as {
  minimumNode: (root: string) => number[];
  nodeVersionProblem: (root: string, version?: string) => string | undefined;
};
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  allowScripts?: Record<string, boolean>;
  devDependencies: Record<string, string>;
};

const temp = mkdtempSync(path.join(tmpdir(), 'cc-start-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('Node.js version (engines.node is the one source)', () => {
  it('asks for a supported LTS: 22.13 or newer (node:sqlite without a flag)', () => {
    expect(manifest.engines.node).toBe('>=22.13');
    expect(minimumNode(ROOT)).toEqual([22, 13, 0]);
  });
  it.each([
    ['20.20.2', true],
    ['22.11.9', true],
    ['22.12.0', true],
    ['22.13.0', false],
    ['22.20.0', false],
    ['24.22.3', false],
    ['v25.0.0', false],
  ])('Node %s refused: %s', (version, refused) => {
    const problem = nodeVersionProblem(ROOT, version);
    expect(problem !== undefined).toBe(refused);
    if (problem) expect(problem).toContain(`needs Node.js 22.13.0 or newer; this is Node.js ${version}`);
  });
  it('the Node CI installs (.node-version) satisfies engines.node', () => {
    const ci = readFileSync(path.join(ROOT, '.node-version'), 'utf8').trim();
    expect(nodeVersionProblem(ROOT, ci)).toBeUndefined();
  });
});

/** A fake project whose node_modules/electron is laid out as given. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(temp, 'p-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, 'node_modules', 'electron', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}
const pkg = (scripts?: Record<string, string>): string =>
  JSON.stringify({ name: 'electron', version: '45.6.0', scripts });

describe('findElectronBinary (never downloads, unlike require("electron") from 45 on)', () => {
  it('says when the package or its binary is missing', () => {
    expect(findElectronBinary(project({})).missing).toMatch(/node_modules\/electron is not installed/);
    const lazy = findElectronBinary(project({ 'package.json': pkg() }), {});
    expect(lazy).toMatchObject({ version: '45.6.0', installScript: undefined });
    expect(lazy.missing).toMatch(/never downloaded \(node_modules\/electron\/path\.txt is absent\)/);
    // An Electron before 45 downloads in postinstall: that is what npm 11 blocks without allowScripts.
    const old = findElectronBinary(project({ 'package.json': pkg({ postinstall: 'node install.js' }) }), {});
    expect(old.installScript).toBe('node install.js');
  });
  it('finds dist/<path.txt>, refuses a dist of another version, honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const ok = project({
      'package.json': pkg(),
      'path.txt': 'electron',
      'dist/electron': '',
      'dist/version': 'v45.6.0',
    });
    expect(findElectronBinary(ok, {}).binary).toBe(path.join(ok, 'node_modules', 'electron', 'dist', 'electron'));
    const stale = project({
      'package.json': pkg(),
      'path.txt': 'electron',
      'dist/electron': '',
      'dist/version': '39.8.10',
    });
    expect(findElectronBinary(stale, {}).missing).toBe('node_modules/electron/dist holds Electron 39.8.10, not 45.6.0');
    const other = path.join(ok, 'node_modules', 'electron', 'dist');
    expect(findElectronBinary(project({ 'package.json': pkg() }), { ELECTRON_OVERRIDE_DIST_PATH: other }).binary).toBe(
      path.join(other, 'electron'),
    );
  });
});

/** Runs `npm start`'s script with the given env; resolves its exit code and output. */
function start(env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
      env: { ...process.env, electron_config_cache: mkdtempSync(path.join(temp, 'cache-')), ...env },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}
const installed = findElectronBinary(ROOT).binary !== undefined;

describe.skipIf(installed)('npm start without the Electron binary (skipped where it is downloaded)', () => {
  it('downloads it, and names a refused connection as the cause', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { code, out } = await start({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/` });
    expect(code).toBe(1);
    expect(out).toContain("Electron 45.6.0's binary is not downloaded yet: fetching it once");
    expect(out).toContain("Electron 45.6.0's binary could not be downloaded.");
    expect(out).toContain(`What was fetched: http://127.0.0.1:${port}/v45.6.0/electron-v45.6.0-${process.platform}-`);
    expect(out).toMatch(/Why it failed: +the connection was refused.*\(ECONNREFUSED\)/);
  });
  it('names the HTTP status of a mirror that lacks the file', async () => {
    const server = createServer((_, response) => response.writeHead(404, 'Not Found').end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const { code, out } = await start({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/mirror/` });
    server.close();
    expect(code).toBe(1);
    expect(out).toMatch(/Why it failed: +the server answered HTTP 404 \(Not Found\)/);
  });
});

describe('install scripts under npm 11 (package.json allowScripts)', () => {
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
  const major = Number(npm.stdout.split('.')[0]);
  it.skipIf(!(major >= 11))(
    'leaves no installed package with an install script unreviewed',
    () => {
      const ls = spawnSync('npm', ['install-scripts', 'ls'], { cwd: ROOT, encoding: 'utf8' });
      expect(`${ls.stdout}${ls.stderr}`).toContain('No packages with unreviewed install scripts');
    },
    60_000,
  );
  it('never denies electron (its binary must reach users) and denies what only prints', () => {
    expect(manifest.allowScripts?.electron).toBe(true);
    expect(manifest.allowScripts).toMatchObject({ esbuild: true, 'electron-winstaller': true, 'es5-ext': false });
    expect(manifest.devDependencies.electron).toBe('45.6.0');
  });
});
