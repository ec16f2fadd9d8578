// `npm run bench:index-sync`: bundles bench/index-sync.ts as scripts/bench.mjs does bench/run.ts (esbuild, no type
// check: tsc -b does that) and runs it. BENCH_SYNC_USERS (default 3000) and BENCH_SYNC_SHARE (default 0.5) scale it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'bench', 'index-sync.cjs');
await build({
  absWorkingDir: root,
  entryPoints: ['bench/index-sync.ts'],
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
