import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseSync } from 'node:sqlite';
import type { IndexClient } from '../src/main/services/user-index/index-client';
import { sortIndexName } from '../src/main/services/user-index/query-sql';
import { UserIndex } from '../src/main/services/user-index/user-index';
import type { PoolRef } from '../src/shared/model/users';
import { line } from './report';

/** The longest main's event loop went without a turn while `work` ran, and how long the work took. */
async function loopDelay(work: () => unknown): Promise<{ workMs: number; maxDelayMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await sleep(20);
  const started = performance.now();
  await work();
  const workMs = performance.now() - started;
  // The sample of a blocked loop is taken when the loop turns again.
  await sleep(20);
  histogram.disable();
  return { workMs, maxDelayMs: histogram.max / 1e6 };
}

function dropSortIndex(file: string, field: string): void {
  const db = new DatabaseSync(file);
  db.exec(`DROP INDEX IF EXISTS ${sortIndexName(field)}`);
  db.close();
}

/**
 * Issue 13's point of the worker: main's event loop keeps turning (IPC answers, window events) while the index
 * works. The same slow operations run twice on the same file: on main, as UserIndex did before the worker
 * ("inThread", the old behaviour), and through IndexClient in the worker; the figure is main's longest stall.
 */
export async function responsiveness(client: IndexClient, dataDir: string, ref: PoolRef): Promise<void> {
  const field = 'custom:role';
  const broad = { search: 'example' };
  const sorted = { sort: { field, direction: 'asc' }, limit: 100 } as const;
  const direct = UserIndex.open(dataDir, ref);
  dropSortIndex(client.file, field);
  const countInThread = await loopDelay(() => direct.count(broad));
  const sortInThread = await loopDelay(() => direct.query(sorted));
  direct.close();
  dropSortIndex(client.file, field);
  const countWorker = await loopDelay(() => client.count(broad));
  const sortWorker = await loopDelay(() => client.query(sorted));
  line('index-main-responsiveness', {
    op: 'count-search-example',
    workMs: countWorker.workMs,
    inThreadMaxLoopDelayMs: countInThread.maxDelayMs,
    workerMaxLoopDelayMs: countWorker.maxDelayMs,
  });
  line('index-main-responsiveness', {
    op: `first-sort-${field}-builds-index`,
    inThreadWorkMs: sortInThread.workMs,
    workMs: sortWorker.workMs,
    inThreadMaxLoopDelayMs: sortInThread.maxDelayMs,
    workerMaxLoopDelayMs: sortWorker.maxDelayMs,
  });
}
