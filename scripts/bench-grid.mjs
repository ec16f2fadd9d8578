// `npm run bench:grid`: the large-pool grid spec (test/e2e/users-index-large.spec.ts) at 1,000,000 users
// (BENCH_GRID_USERS), against the built web host (run `npm run build` first). Seeding the index takes minutes on two
// cores; the spec prints `BENCH users-index-grid ...` lines: first rows, long tasks while scrolling, memory, search.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('@playwright/test/cli');
const users = process.env.BENCH_GRID_USERS ?? '1000000';
const run = spawnSync(process.execPath, [cli, 'test', 'test/e2e/users-index-large.spec.ts', '--reporter=list'], {
  stdio: 'inherit',
  env: { ...process.env, E2E_INDEX_USERS: users },
});
process.exit(run.status ?? 1);
