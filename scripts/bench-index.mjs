// `npm run bench:index`: bundles bench/index-search.ts as scripts/bench.mjs does bench/run.ts (esbuild, no type
// check: tsc -b does that) and runs it with --expose-gc so memory figures start from a collected heap.
// BENCH_INDEX_USERS (default 1000000) scales the run down for a quick look; BENCH_KEEP=1 keeps the index file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'bench', 'index-search.cjs');
await build({
  absWorkingDir: root,
  entryPoints: ['bench/index-search.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile], {
  stdio: 'inherit',
  env: process.env,
});
process.exitCode = run.status ?? 1;
