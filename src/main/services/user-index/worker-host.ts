import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/errors';
import { workerEntry } from './worker-entry';
import type { OpName, WorkerOps, WorkerReply, WorkerRequest } from './worker-protocol';
import { fromSentError } from './worker-protocol';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  /** Counts the workers started by this host: an index opened in an earlier one must be opened again. */
  generation: number;
  pending: Map<number, Pending>;
  /** Set once the worker failed or was asked to stop: new calls start a new worker. */
  ended: boolean;
  error?: Error;
}

/**
 * Main's side of an index worker (worker.ts): one thread for every index of the process (PoolIndexes runs a second
 * for long reads). One per pool would cost an isolate (~10 MB) each and let a slow pool's work compete for the
 * same two or four cores.
 *
 * The thread starts on the first call. If it dies (an uncaught exception, out of memory, a native crash), every
 * call in flight fails with a retryable INTERNAL error saying so, and the next call starts a new thread; open
 * indexes are reopened by their IndexClient. The thread is unref'd while no call is pending, so an idle index never
 * keeps a CLI run or a test process alive.
 */
export class IndexWorker {
  private running: Running | undefined;
  private started = 0;
  private nextId = 1;

  constructor(private readonly entry: () => string = () => workerEntry()) {}

  /** The generation of the live worker, starting one if none is live. */
  ensure(): number {
    return this.live().generation;
  }

  /** The generation of the live worker, undefined when none is live (none started yet, or it ended). */
  liveGeneration(): number | undefined {
    return this.running && !this.running.ended ? this.running.generation : undefined;
  }

  call<K extends OpName>(op: K, ...args: WorkerOps[K]['args']): Promise<WorkerOps[K]['result']> {
    let run: Running;
    try {
      run = this.live();
    } catch (cause) {
      return Promise.reject(cause instanceof Error ? cause : new Error(String(cause)));
    }
    const id = this.nextId++;
    return new Promise<WorkerOps[K]['result']>((resolve, reject) => {
      run.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (run.pending.size === 1) run.worker.ref();
      const request: WorkerRequest = { id, op, args };
      try {
        run.worker.postMessage(request);
      } catch (cause) {
        // An argument that cannot be cloned (a function, a symbol): the caller's bug, reported as it is.
        this.settle(run, id);
        reject(cause instanceof Error ? cause : new Error(String(cause)));
      }
    });
  }

  /** Stops the thread (app quit). Calls still in flight fail; a later call would start a new thread. */
  async stop(): Promise<void> {
    const run = this.running;
    if (!run) return;
    this.end(run, new AppError('CANCELLED', 'The local user index was closed while this request ran.'));
    await run.worker.terminate();
  }

  private live(): Running {
    if (this.running && !this.running.ended) return this.running;
    const worker = new Worker(this.entry(), { name: 'user-index' });
    const run: Running = { worker, generation: ++this.started, pending: new Map(), ended: false };
    this.running = run;
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.settle(run, reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(fromSentError(reply.error));
    });
    // Listening to 'error' is what keeps a worker's uncaught exception from becoming one in main.
    worker.on('error', (error) => {
      run.error = error;
      this.end(run, crashed(error));
      void worker.terminate();
    });
    worker.on('exit', (code) => {
      this.end(run, crashed(run.error ?? new Error(`it exited with code ${code}`)));
    });
    return run;
  }

  private settle(run: Running, id: number): Pending | undefined {
    const pending = run.pending.get(id);
    run.pending.delete(id);
    if (pending && run.pending.size === 0) run.worker.unref();
    return pending;
  }

  private end(run: Running, error: AppError): void {
    run.ended = true;
    const calls = [...run.pending.values()];
    run.pending.clear();
    run.worker.unref();
    for (const call of calls) call.reject(error);
  }
}

function crashed(cause: Error): AppError {
  return new AppError(
    'INTERNAL',
    `The local user index stopped unexpectedly (${cause.message}); this request did not finish.`,
    { hint: 'Retry: the index restarts by itself. A page a sync was writing is written again by the next sync.' },
    true,
  );
}
