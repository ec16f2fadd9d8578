import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  /**
   * Files up to this size get a full quick_check at open (it reads every page: 9 s for a 1.5 GB index of 1M users
   * on the bench machine, so not on every start of a big one). Larger files check their small tables only; damage
   * elsewhere surfaces as SQLITE_CORRUPT on a query, which marks the file for rebuild at the next open.
   */
  fullCheckMaxBytes?: number;
  /**
   * false: a damaged file fails the open instead of being moved aside (a second connection, the read lane in
   * index-client.ts, must not rebuild a file the first one has open).
   */
  rebuild?: boolean;
}

const FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024;

/** Next to the index: "rebuild me at next open", written when a query met damage the open check did not see. */
export const damagedMarker = (file: string): string => `${file}.damaged`;

export function markDamaged(file: string, reason: string): void {
  try {
    writeFileSync(damagedMarker(file), reason);
  } catch {
    // Best effort: without the marker the damage is found again by the next query.
  }
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
    if (!isDamage(cause) || options.rebuild === false) throw toIndexError(cause, file);
    const moved = moveAside(file);
    rmSync(damagedMarker(file), { force: true });
    let db: DatabaseSync;
    try {
      db = openChecked(file, options);
    } catch (again) {
      throw isBusy(again) ? inUse(file) : toIndexError(again, file);
    }
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
    const marked = readMarker(file);
    if (marked !== undefined) throw new DamagedIndexError(marked);
    const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    const full = size <= (options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES);
    const empty = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('meta', 'partitions')").get();
    const checks =
      full || Number(empty?.n) < 2
        ? ['PRAGMA quick_check(5)']
        : ['PRAGMA quick_check(meta)', 'PRAGMA quick_check(partitions)'];
    for (const check of checks) {
      const problems = db
        .prepare(check)
        .all()
        .map((r) => String(Object.values(r)[0]))
        .filter((v) => v !== 'ok');
      if (problems.length > 0) throw new DamagedIndexError(`integrity check: ${problems.join('; ')}`);
    }
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

function readMarker(file: string): string | undefined {
  try {
    return readFileSync(damagedMarker(file), 'utf8') || 'damage found by a query';
  } catch {
    return undefined;
  }
}
