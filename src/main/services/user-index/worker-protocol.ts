import { AppError } from '../../../shared/ipc/errors';
import type { ErrorCode, WireError } from '../../../shared/ipc/errors';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import type { IndexEdit } from './edits';
import type { ParsedIndexQuery } from './query-schema';
import type { PartitionProgress, ScanState } from './scan-progress';
import type { IndexPage, IndexStatus, KeysPage, UserIndexOptions } from './types';

/** What a query's count and key listing take: a query without its paging and sort. */
export type Selection = Omit<ParsedIndexQuery, 'offset' | 'limit' | 'sort'>;

/**
 * The operations the index worker runs, by name: arguments and answer. `handle` names an index the worker opened
 * (its UserIndex); handles are only valid in the worker that issued them.
 */
export interface WorkerOps {
  open: { args: [dataDir: string, ref: PoolRef, options: UserIndexOptions]; result: OpenedIndex };
  close: { args: [handle: number]; result: null };
  status: { args: [handle: number]; result: IndexStatus };
  query: { args: [handle: number, query: ParsedIndexQuery]; result: IndexPage };
  count: { args: [handle: number, selection: Selection]; result: number };
  matchingKeysPage: { args: [handle: number, selection: Selection, after: string, pageSize: number]; result: KeysPage };
  upsertUsers: { args: [handle: number, rows: UserRow[], generation: number]; result: null };
  applyEdits: { args: [handle: number, edits: IndexEdit[]]; result: number };
  beginScan: { args: [handle: number]; result: number };
  currentScan: { args: [handle: number]; result: ScanState | null };
  savePartition: { args: [handle: number, generation: number, progress: PartitionProgress]; result: null };
  finishScan: { args: [handle: number, generation: number, nowIso: string]; result: number };
  /** Tests only: keeps the worker busy for `ms`, as a broad count over a million users does. */
  block: { args: [ms: number]; result: null };
  /** Tests only: throws an uncaught exception in the worker, as a bug would, to exercise crash recovery. */
  crash: { args: []; result: null };
}
export type OpName = keyof WorkerOps;

export interface OpenedIndex {
  handle: number;
  file: string;
  /** Set when this open found the file damaged and rebuilt it (see open-db.ts). */
  rebuiltBecause?: string;
}

export interface WorkerRequest {
  id: number;
  op: OpName;
  args: unknown[];
}

/** An error as it crosses the thread boundary: structured clone keeps neither the class nor AppError's fields. */
export type SentError =
  | { kind: 'app'; code: ErrorCode; message: string; details?: WireError['details']; retryable: boolean }
  | { kind: 'error'; name: string; message: string; stack?: string };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SentError };

export function toSentError(cause: unknown): SentError {
  if (cause instanceof AppError) {
    return {
      kind: 'app',
      code: cause.code,
      message: cause.message,
      ...(cause.details ? { details: cause.details } : {}),
      retryable: cause.retryable,
    };
  }
  const error = cause instanceof Error ? cause : new Error(String(cause));
  return { kind: 'error', name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}

export function fromSentError(sent: SentError): Error {
  if (sent.kind === 'app') return new AppError(sent.code, sent.message, sent.details, sent.retryable);
  const error = new Error(sent.message);
  error.name = sent.name;
  if (sent.stack) error.stack = sent.stack;
  return error;
}
