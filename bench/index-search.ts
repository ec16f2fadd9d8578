// `npm run bench:index`: seeds BENCH_INDEX_USERS (default 1,000,000) synthetic users straight into a user index
// (the real write path, pages of 1,000) in a temp folder, then times what the grid will ask of it. Prints
// `BENCH <name> k=v ...`; timings depend on the machine and its load, so read them with that in mind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { IndexQuery } from '../src/main/services/user-index';
import { IndexClient } from '../src/main/services/user-index/index-client';
import { IndexWorker } from '../src/main/services/user-index/worker-host';
import { random, syntheticUser } from '../test/helpers/synthetic-users';
import { responsiveness } from './loop-delay';
import { line, log } from './report';

const USERS = Number(process.env.BENCH_INDEX_USERS ?? 1_000_000);
const PAGE = 1_000;
const SEARCHES = 200;
const SHORT_SEARCHES = 20;

const mb = (bytes: number): number => bytes / 1024 / 1024;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
function timings(name: string, ms: number[], extra: Record<string, string | number> = {}): void {
  const s = [...ms].sort((a, b) => a - b);
  line(name, { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? NaN, ...extra });
}
/** Times a call to the index, which runs in the index worker: the figures include the round trip to it. */
async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}
async function each<T>(items: readonly T[], work: (item: T) => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (const item of items) out.push(await work(item));
  return out;
}
function memory(name: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  line(name, { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external) });
}

function fragment(r: () => number, min: number, max: number): string {
  const u = syntheticUser(Math.floor(r() * USERS));
  const values = [u.username, ...Object.values(u.attributes)];
  const chars = Array.from(values[Math.floor(r() * values.length)] ?? '');
  const length = Math.min(chars.length, min + Math.floor(r() * (max - min + 1)));
  const start = Math.floor(r() * (chars.length - length + 1));
  return chars.slice(start, start + length).join('');
}

function sizes(file: string): Record<string, number> {
  const db = new DatabaseSync(file, { readOnly: true });
  const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all();
  db.close();
  const out: Record<string, number> = { usersTableMB: 0, sortIndexesMB: 0, ftsMB: 0 };
  for (const r of rows) {
    const name = String(r.name);
    const key = name.startsWith('users_fts') ? 'ftsMB' : name === 'users' ? 'usersTableMB' : 'sortIndexesMB';
    out[key] = (out[key] ?? 0) + mb(Number(r.bytes));
  }
  return out;
}

async function main(): Promise<void> {
  // BENCH_INDEX_DIR: a data folder kept by an earlier run (BENCH_KEEP=1) to time queries again without seeding.
  const reuse = process.env.BENCH_INDEX_DIR;
  const dir = reuse ?? mkdtempSync(path.join(tmpdir(), 'bench-index-'));
  const ref = { profile: 'bench', region: 'us-east-1', userPoolId: 'us-east-1_Bench0001' };
  const worker = new IndexWorker();
  try {
    let index = new IndexClient(worker, dir, ref);
    let seedMs = NaN;
    if (!reuse) {
      log(`seeding ${USERS} users into ${index.file}`);
      const generation = await index.beginScan();
      seedMs = (
        await time(async () => {
          for (let start = 0; start < USERS; start += PAGE) {
            const rows = Array.from({ length: Math.min(PAGE, USERS - start) }, (_, i) => syntheticUser(start + i));
            await index.upsertUsers(rows, generation);
            if ((start / PAGE) % 100 === 0) log(`${start} users`);
          }
          await index.finishScan(generation);
        })
      )[1];
    }
    await index.close();
    // Opening runs quick_check, which reads the whole file: the cost of every app start with an index.
    index = new IndexClient(worker, dir, ref);
    const openMs = (await time(() => index.open()))[1];
    const status = await index.status();
    line('index-open', { ms: openMs });
    line('index-seed', {
      users: status.users,
      seconds: seedMs / 1000,
      usersPerSecond: USERS / (seedMs / 1000),
      fileMB: mb(status.bytes),
      ...sizes(index.file),
    });
    memory('index-memory-after-seed');

    const r = random(42);
    const block = async (q: IndexQuery): Promise<number> => (await time(() => index.query(q)))[1];
    const long = Array.from({ length: SEARCHES }, () => fragment(r, 3, 10));
    const short = Array.from({ length: SHORT_SEARCHES }, () => fragment(r, 1, 2));
    let lowerBounds = 0;
    const longMs = await each(long, async (search) => {
      const [page, ms] = await time(() => index.query({ search, limit: 100 }));
      if (page.totalIsLowerBound) lowerBounds++;
      return ms;
    });
    const slowest = long.map((search, i) => ({ search, ms: longMs[i] ?? 0 })).sort((a, b) => b.ms - a.ms);
    log(`slowest searches: ${JSON.stringify(slowest.slice(0, 5))}`);
    timings('index-search', longMs, { fragments: '3-10 chars', limit: 100, totalIsLowerBound: lowerBounds });
    // The same fragments with the grid sorted by user name: matches that cluster in that order make the walk long.
    const byName = await each(long.slice(0, 50), (search) =>
      block({ search, sort: { field: 'username', direction: 'asc' }, limit: 100 }),
    );
    timings('index-search-sorted-username', byName);
    timings('index-search-short', await each(short, (search) => block({ search, limit: 100 })), {
      fragments: '1-2 chars',
    });
    timings(
      'index-count-exact',
      await each(long.slice(0, 50), async (search) => (await time(() => index.count({ search })))[1]),
    );
    timings(
      'index-search-sorted-desc',
      await each(long.slice(0, 50), (search) =>
        block({ search, sort: { field: 'createdAt', direction: 'desc' }, limit: 100 }),
      ),
    );

    const byTenant = { field: 'custom:tenant', direction: 'asc' } as const;
    line('index-sort-attribute', {
      firstBlockBuildsIndexMs: await block({ sort: byTenant, limit: 100 }),
      nextBlockMs: await block({ sort: byTenant, offset: 100, limit: 100 }),
      withSearchMs: await block({ search: long[0] ?? 'ten', sort: byTenant, limit: 100 }),
      deepBlockMs: await block({ sort: byTenant, offset: Math.floor(USERS / 2), limit: 100 }),
    });
    line('index-default-order', {
      firstBlockMs: await block({ limit: 100 }),
      deepBlockMs: await block({ offset: Math.floor(USERS / 2), limit: 100 }),
      filterEqualsMs: await block({ filters: [{ field: 'custom:role', op: 'equals', value: 'auditor' }], limit: 100 }),
    });
    const [keys, keysMs] = await time(async () => {
      let n = 0;
      for await (const page of index.matchingKeys({ search: 'example.com' }, 1_000)) n += page.length;
      return n;
    });
    line('index-matching-keys', { search: 'example.com', keys, seconds: keysMs / 1000 });
    memory('index-memory-after-queries');
    await responsiveness(index, dir, ref);
    await index.close();
  } finally {
    await worker.stop();
    if (!process.env.BENCH_KEEP && !reuse) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
