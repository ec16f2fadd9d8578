// `npm run bench`: bundles bench/run.ts with esbuild (the app's own code, no type-checking: tsc -b does that) and
// runs it with --expose-gc, so resident-memory figures start from a collected heap. Prints `BENCH <name> k=v ...`.
// BENCH_USERS (default 20000) and BENCH_BULK (default 5000) scale the run down for a quick look.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'bench', 'run.cjs');
await build({
  absWorkingDir: root,
  entryPoints: ['bench/run.ts'],
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
