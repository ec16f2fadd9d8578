import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { moveAside } from './index-file';
import { ensureSchema, SCHEMA_VERSION } from './schema';
import {
  DamagedIndexError,
  damageReason,
  inUse,
  isDamage,
  sqliteCode,
  SQLITE_BUSY,
  SQLITE_LOCKED,
  toIndexError,
} from './sqlite-errors';

export interface OpenOptions {
  /** How long a statement waits for another process's lock before failing (SQLite busy_timeout). */
  busyTimeoutMs: number;
  /** Caps the file at this many pages (4 KiB each): a size limit, and how the tests fill the "disk". */
  maxPageCount?: number;
}

export interface OpenedDb {
  db: DatabaseSync;
  rebuiltBecause?: string;
}

/**
 * Opens (or creates) an index file. A damaged file or one of another schema version is moved aside and replaced
 * by an empty index: the index is a cache that a sync refills, so losing it costs time, never data. A file locked
 * by someone else is NOT touched: a lock means a live process owns it, and moving it aside under that process
 * would lose its writes and could be a false alarm; the caller gets a retryable CONFLICT instead.
 */
export function openIndexDb(file: string, options: OpenOptions): OpenedDb {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    return { db: openChecked(file, options) };
  } catch (cause) {
    if (isBusy(cause)) throw inUse(file);
    if (!isDamage(cause)) throw toIndexError(cause, file);
    const moved = moveAside(file);
    const db = openChecked(file, options);
    const rebuiltBecause =
      `The local user index was damaged (${damageReason(cause)}) and was rebuilt empty; the old file was kept ` +
      `as ${path.basename(moved)}. The next full sync fills it again.`;
    return { db, rebuiltBecause };
  }
}

function openChecked(file: string, options: OpenOptions): DatabaseSync {
  const db = new DatabaseSync(file);
  try {
    // Set through PRAGMA, not the constructor's `timeout`: that option is newer than Node 22.13.
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
    const check = db.prepare('PRAGMA quick_check(5)').all();
    const problems = check.map((r) => String(Object.values(r)[0])).filter((v) => v !== 'ok');
    if (problems.length > 0) throw new DamagedIndexError(`integrity check: ${problems.join('; ')}`);
    // WAL: the grid reads while a sync writes, without either waiting; NORMAL sync is safe with WAL (a power cut
    // may lose the last pages, which the next sync rewrites) and avoids an fsync per page of users.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    // 64 MiB of page cache: the sort indexes' upper levels stay in memory; well inside the 1 GB budget for main.
    db.exec('PRAGMA cache_size = -65536');
    db.exec('PRAGMA temp_store = MEMORY');
    if (options.maxPageCount !== undefined) db.exec(`PRAGMA max_page_count = ${Math.floor(options.maxPageCount)}`);
    if (!ensureSchema(db)) {
      throw new DamagedIndexError(`it was written by another version of the app, not schema ${SCHEMA_VERSION}`);
    }
    return db;
  } catch (cause) {
    db.close();
    throw cause;
  }
}

function isBusy(cause: unknown): boolean {
  const code = sqliteCode(cause);
  return code === SQLITE_BUSY || code === SQLITE_LOCKED;
}
