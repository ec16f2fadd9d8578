import { AppError } from '../../../shared/ipc/errors';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import type { IndexEdit } from './edits';
import { indexPath } from './index-file';
import type { IndexQuery } from './query-schema';
import { indexQuerySchema } from './query-schema';
import type { PartitionProgress, ScanState } from './scan-progress';
import type { IndexPage, IndexStatus, KeysPage, MatchingKey, UserIndexOptions } from './types';
import type { IndexWorker } from './worker-host';
import type { OpName, Selection, WorkerOps } from './worker-protocol';

type HandleOp = {
  [K in OpName]: WorkerOps[K]['args'] extends [number, ...unknown[]] ? K : never;
}[OpName];
type RestArgs<K extends HandleOp> = WorkerOps[K]['args'] extends [number, ...infer Rest] ? Rest : never;

interface Opened {
  handle: number;
  generation: number;
}

/** One worker's connection to the file: its handle there, once opened, and the open in progress. */
interface Lane {
  worker: IndexWorker;
  options: UserIndexOptions;
  opened?: Opened;
  opening?: Promise<Opened>;
}

/**
 * One pool's local index as main sees it: the operations of UserIndex (user-index.ts), run in the index worker and
 * answered as promises, so main's event loop keeps turning while SQLite works. Errors are UserIndex's own
 * (AppError with the same codes, messages and hints), plus a retryable INTERNAL one when the worker died mid-call.
 *
 * With a `reads` worker, the long reads (an exact count, the keys of "all matching": up to seconds at 1M users)
 * run there, on a second connection to the file (WAL lets it read while the first writes), so the grid's blocks
 * and a sync's pages never wait behind them. That connection opens after the main one, which alone rebuilds a
 * damaged file.
 *
 * The index opens on first use (opening checks the file: up to seconds for a big one) and again, transparently,
 * after the worker was restarted. Queries are validated here, in main, so a malformed one fails with the zod error
 * before it costs a message.
 */
export class IndexClient {
  readonly file: string;
  private readonly main: Lane;
  private readonly reads: Lane | undefined;
  private rebuiltBecause: string | undefined;
  private closed = false;

  constructor(
    worker: IndexWorker,
    private readonly dataDir: string,
    private readonly ref: PoolRef,
    options: UserIndexOptions = {},
    reads?: IndexWorker,
  ) {
    this.file = indexPath(dataDir, ref);
    this.main = { worker, options };
    this.reads = reads ? { worker: reads, options: { ...options, rebuild: false } } : undefined;
  }

  /** Opens the file now (it opens on first use anyway): CONFLICT when locked, a damaged file is rebuilt. */
  async open(): Promise<void> {
    await this.ready(this.main);
  }

  async status(): Promise<IndexStatus> {
    const status = await this.run('status');
    // A rebuild is reported by the open that did it; the worker's reopen after a restart would forget it.
    return this.rebuiltBecause && !status.rebuiltBecause ? { ...status, rebuiltBecause: this.rebuiltBecause } : status;
  }

  async query(input: IndexQuery): Promise<IndexPage> {
    return this.run('query', indexQuerySchema.parse(input));
  }

  async count(input: Omit<IndexQuery, 'offset' | 'limit' | 'sort'>): Promise<number> {
    return this.read('count', selectionOf(input));
  }

  /** Every matching user in pages, in key order, one worker call per page (see UserIndex.matchingKeysPage). */
  async *matchingKeys(
    input: Omit<IndexQuery, 'offset' | 'limit' | 'sort'>,
    pageSize = 1_000,
  ): AsyncGenerator<MatchingKey[]> {
    const selection = selectionOf(input);
    for (let after: string | undefined = ''; after !== undefined;) {
      const page: KeysPage = await this.read('matchingKeysPage', selection, after, pageSize);
      if (page.keys.length > 0) yield page.keys;
      after = page.next;
    }
  }

  async upsertUsers(rows: readonly UserRow[], generation: number): Promise<void> {
    await this.run('upsertUsers', [...rows], generation);
  }

  applyEdits(edits: readonly IndexEdit[]): Promise<number> {
    return this.run('applyEdits', [...edits]);
  }

  beginScan(): Promise<number> {
    return this.run('beginScan');
  }

  async currentScan(): Promise<ScanState | undefined> {
    return (await this.run('currentScan')) ?? undefined;
  }

  async savePartition(generation: number, progress: PartitionProgress): Promise<void> {
    await this.run('savePartition', generation, progress);
  }

  finishScan(generation: number, now = new Date()): Promise<number> {
    return this.run('finishScan', generation, now.toISOString());
  }

  /** Closes the file in the worker(s); this client refuses further calls (PoolIndexes hands out a new one). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.reads, this.main].flatMap((lane) => (lane ? [closeLane(lane)] : [])));
  }

  private async run<K extends HandleOp>(op: K, ...args: RestArgs<K>): Promise<WorkerOps[K]['result']> {
    return this.runOn(this.main, op, ...args);
  }

  /** A long read: on the reads worker when there is one. */
  private async read<K extends HandleOp>(op: K, ...args: RestArgs<K>): Promise<WorkerOps[K]['result']> {
    if (this.reads) await this.ready(this.main);
    return this.runOn(this.reads ?? this.main, op, ...args);
  }

  private async runOn<K extends HandleOp>(lane: Lane, op: K, ...args: RestArgs<K>): Promise<WorkerOps[K]['result']> {
    const { handle } = await this.ready(lane);
    return lane.worker.call(op, ...([handle, ...args] as unknown as WorkerOps[K]['args']));
  }

  private ready(lane: Lane): Promise<Opened> {
    if (this.closed) {
      return Promise.reject(new AppError('INTERNAL', 'This local user index was closed.', undefined, true));
    }
    const generation = lane.worker.ensure();
    if (lane.opened?.generation === generation) return Promise.resolve(lane.opened);
    lane.opening ??= lane.worker
      .call('open', this.dataDir, this.ref, lane.options)
      .then((opened) => {
        lane.opened = { handle: opened.handle, generation };
        this.rebuiltBecause ??= opened.rebuiltBecause;
        return lane.opened;
      })
      .finally(() => (lane.opening = undefined));
    return lane.opening;
  }
}

async function closeLane(lane: Lane): Promise<void> {
  const opened = await lane.opening?.catch(() => undefined);
  lane.opening = undefined;
  const current = lane.opened ?? opened;
  lane.opened = undefined;
  if (current && current.generation === lane.worker.liveGeneration()) await lane.worker.call('close', current.handle);
}

function selectionOf(input: Omit<IndexQuery, 'offset' | 'limit' | 'sort'>): Selection {
  const { offset: _o, limit: _l, sort: _s, ...selection } = indexQuerySchema.parse(input);
  return selection;
}
