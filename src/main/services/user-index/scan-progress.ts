import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from './transaction';

/**
 * Bookkeeping for a full scan of a pool, so a later sync can resume after a restart: a scan has a generation
 * number; every user written during it carries that number; each ListUsers partition (e.g. `sub ^= "3"`) saves its
 * last PaginationToken. Finishing the scan deletes users the scan did not see (deleted in Cognito meanwhile).
 */
export interface PartitionProgress {
  partition: string;
  /** The PaginationToken to continue from; undefined before the first page or when done. */
  token?: string;
  done: boolean;
}

export interface ScanState {
  generation: number;
  partitions: PartitionProgress[];
}

function meta(db: DatabaseSync, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
  return row ? String(row.value) : undefined;
}

function setMeta(db: DatabaseSync, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

/** Starts a new scan generation (forgetting the progress of an unfinished one) and returns its number. */
export function beginScan(db: DatabaseSync): number {
  const generation = Number(meta(db, 'generation') ?? '0') + 1;
  inTransaction(db, () => {
    setMeta(db, 'generation', String(generation));
    setMeta(db, 'scan_in_progress', String(generation));
    db.exec('DELETE FROM partitions');
  });
  return generation;
}

/** The unfinished scan to resume, if any. */
export function currentScan(db: DatabaseSync): ScanState | undefined {
  const running = meta(db, 'scan_in_progress');
  if (running === undefined) return undefined;
  const generation = Number(running);
  const rows = db
    .prepare('SELECT partition, token, done FROM partitions WHERE generation = ? ORDER BY partition')
    .all(generation);
  const partitions = rows.map((r) => ({
    partition: String(r.partition),
    ...(r.token === null ? {} : { token: String(r.token) }),
    done: r.done === 1,
  }));
  return { generation, partitions };
}

export function savePartition(db: DatabaseSync, generation: number, progress: PartitionProgress): void {
  db.prepare(
    `INSERT INTO partitions (partition, token, done, generation) VALUES (?, ?, ?, ?)
     ON CONFLICT (partition) DO UPDATE SET token = excluded.token, done = excluded.done, generation = excluded.generation`,
  ).run(progress.partition, progress.token ?? null, progress.done ? 1 : 0, generation);
}

/** Ends a complete scan: users not seen in it are deleted, lastCompleteAt is set. Returns how many were deleted. */
export function finishScan(db: DatabaseSync, generation: number, now: Date): number {
  return inTransaction(db, () => {
    const { changes } = db.prepare('DELETE FROM users WHERE generation <> ?').run(generation);
    setMeta(db, 'last_complete_at', now.toISOString());
    db.prepare("DELETE FROM meta WHERE key = 'scan_in_progress'").run();
    db.exec('DELETE FROM partitions');
    return Number(changes);
  });
}

export function lastCompleteAt(db: DatabaseSync): string | undefined {
  return meta(db, 'last_complete_at');
}
