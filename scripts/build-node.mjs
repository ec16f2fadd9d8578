// Bundles the Node programs (the CLI and, once it exists, the web host) with esbuild. Runs on `npm ci` (prepare)
// and in `npm run build`, so it must stay fast: no type-checking here (tsc -b does that), dependencies stay external.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// The user index runs in a worker thread whose script sits next to the bundle that starts it (worker-entry.ts).
const worker = 'src/main/services/user-index/worker.ts';
const targets = [
  { entry: 'src/cli/index.ts', outfile: 'out/cli/index.cjs', optional: false },
  { entry: worker, outfile: 'out/cli/user-index-worker.cjs', optional: false },
  // Written separately; skipped until its entry exists so this script never blocks `npm ci`.
  { entry: 'src/web-host/index.ts', outfile: 'out/web-host/index.cjs', optional: true },
  { entry: worker, outfile: 'out/web-host/user-index-worker.cjs', optional: false },
];

/** Node programs must never pull in Electron: fail the build instead of failing at run time. */
const noElectron = {
  name: 'no-electron',
  setup(b) {
    b.onResolve({ filter: /^electron(\/.*)?$/ }, (args) => ({
      errors: [{ text: `"${args.path}" imported from ${args.importer}: Node programs must not depend on Electron` }],
    }));
  },
};

async function bundle({ entry, outfile, optional }) {
  if (!existsSync(path.join(root, entry))) {
    if (optional) return `skipped ${outfile} (${entry} not found)`;
    throw new Error(`${entry} not found`);
  }
  const started = performance.now();
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    plugins: [noElectron],
    define: { __COGNITO_CONSOLE_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
  const kb = (statSync(path.join(root, outfile)).size / 1024).toFixed(1);
  return `built ${outfile} (${kb} kB, ${Math.round(performance.now() - started)} ms)`;
}

// esbuild is a dev dependency: `npm ci --omit=dev` still runs prepare, and must not fail for want of it.
const build = await import('esbuild').then(
  (m) => m.build,
  () => undefined,
);
if (!build) {
  console.log('skipped the Node build: esbuild is not installed (npm ci without --omit=dev installs it)');
  process.exit(0);
}

const results = await Promise.allSettled(targets.map(bundle));
let failed = false;
results.forEach((result, i) => {
  if (result.status === 'fulfilled') console.log(result.value);
  else {
    failed = true;
    // esbuild has already printed the details; this line names the output that is missing.
    console.error(
      `failed ${targets[i].outfile}: ${result.reason instanceof Error ? result.reason.message.split('\n')[0] : result.reason}`,
    );
  }
});
if (failed) process.exitCode = 1;
