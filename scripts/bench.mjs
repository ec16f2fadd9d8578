// `npm run bench` (bench/run.ts, then bench/export-large.ts), `bench:export-large` (bench/export-large.ts),
// `bench:index` (bench/index-search.ts), `bench:index-sync` (bench/index-sync.ts):
// bundles the bench named as the argument with esbuild (the app's own code, no type-checking: tsc -b does that) and
// runs it with --expose-gc, so resident-memory figures start from a collected heap. Prints `BENCH <name> k=v ...`.
// Scale a run down for a quick look: BENCH_USERS / BENCH_BULK (run), BENCH_LARGE_USERS / BENCH_LARGE_ROUNDS /
// BENCH_KILL9_FORMATS (export-large), BENCH_INDEX_USERS and BENCH_KEEP=1 (index), BENCH_SYNC_USERS / BENCH_SYNC_SHARE
// (index-sync).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = process.argv[2] ? [process.argv[2]] : ['bench/run.ts', 'bench/export-large.ts'];
const outfileOf = (entry) => path.join(root, 'out', 'bench', `${path.basename(entry, '.ts')}.cjs`);
const bundle = (entryPoint, file) =>
  build({
    absWorkingDir: root,
    entryPoints: [entryPoint],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
// The user index's worker thread is started from a file next to the bench bundle (see worker-entry.ts).
await Promise.all([
  ...entries.map((entry) => bundle(entry, outfileOf(entry))),
  bundle('src/main/services/user-index/worker.ts', path.join(root, 'out', 'bench', 'user-index-worker.cjs')),
]);
// One after the other (each measures against the quota alone); a failed bench does not stop the next one.
for (const entry of entries) {
  const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfileOf(entry)], {
    stdio: 'inherit',
    env: process.env,
  });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
