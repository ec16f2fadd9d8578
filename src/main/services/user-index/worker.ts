/**
 * The index worker (issue #13): a node:worker_threads thread that owns every open UserIndex of the process, so
 * node:sqlite's synchronous calls (a broad count at 1M users, the first sort on an attribute, a big upsert) block
 * this thread and never Electron's main loop. Main talks to it through IndexWorker (worker-host.ts); requests are
 * answered one at a time in arrival order, which keeps each operation atomic as it was on main.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/errors';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import type { IndexEdit } from './edits';
import type { ParsedIndexQuery } from './query-schema';
import type { PartitionProgress } from './scan-progress';
import type { UserIndexOptions } from './types';
import { UserIndex } from './user-index';
import type { OpName, Selection, WorkerReply, WorkerRequest } from './worker-protocol';
import { toSentError } from './worker-protocol';

const indexes = new Map<number, UserIndex>();
let nextHandle = 1;

function indexOf(handle: unknown): UserIndex {
  const index = indexes.get(Number(handle));
  if (!index) {
    // A handle of an earlier worker (this one was restarted) or of a closed index: the client opens it again.
    throw new AppError('INTERNAL', 'The local user index was closed or its worker restarted; retry.', undefined, true);
  }
  return index;
}

/** Arguments arrive as the structured clone of what IndexClient sent for `op` (see WorkerOps). */
const handlers: Record<OpName, (args: unknown[]) => unknown> = {
  open: ([dataDir, ref, options]) => {
    const index = UserIndex.open(String(dataDir), ref as PoolRef, options as UserIndexOptions);
    const handle = nextHandle++;
    indexes.set(handle, index);
    return { handle, file: index.file, ...(index.rebuiltBecause ? { rebuiltBecause: index.rebuiltBecause } : {}) };
  },
  close: ([handle]) => {
    indexes.get(Number(handle))?.close();
    indexes.delete(Number(handle));
    return null;
  },
  status: ([handle]) => indexOf(handle).status(),
  query: ([handle, query]) => indexOf(handle).query(query as ParsedIndexQuery),
  count: ([handle, selection]) => indexOf(handle).count(selection as Selection),
  matchingKeysPage: ([handle, selection, after, pageSize]) =>
    indexOf(handle).matchingKeysPage(selection as Selection, String(after), Number(pageSize)),
  upsertUsers: ([handle, rows, generation]) => {
    indexOf(handle).upsertUsers(rows as UserRow[], Number(generation));
    return null;
  },
  applyEdits: ([handle, edits]) => indexOf(handle).applyEdits(edits as IndexEdit[]),
  beginScan: ([handle]) => indexOf(handle).beginScan(),
  currentScan: ([handle]) => indexOf(handle).currentScan() ?? null,
  savePartition: ([handle, generation, progress]) => {
    indexOf(handle).savePartition(Number(generation), progress as PartitionProgress);
    return null;
  },
  finishScan: ([handle, generation, nowIso]) =>
    indexOf(handle).finishScan(Number(generation), new Date(String(nowIso))),
  block: ([ms]) => {
    const until = performance.now() + Number(ms);
    while (performance.now() < until) {
      // busy, as SQLite is during a long statement
    }
    return null;
  },
  crash: () => {
    // After this message's turn and before the next message's: calls queued behind it fail with it.
    process.nextTick(() => {
      throw new Error('simulated crash of the index worker');
    });
    return new Promise(() => undefined);
  },
};

function answer(request: WorkerRequest): WorkerReply | undefined {
  try {
    const value = handlers[request.op](request.args);
    if (value instanceof Promise) return undefined;
    return { id: request.id, ok: true, value };
  } catch (cause) {
    return { id: request.id, ok: false, error: toSentError(cause) };
  }
}

const port = parentPort;
if (!port) throw new Error('worker.ts is the user index worker: start it with new Worker(), not directly');
port.on('message', (request: WorkerRequest) => {
  const reply = answer(request);
  if (reply) port.postMessage(reply);
});
