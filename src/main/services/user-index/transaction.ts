import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` in one write transaction. SQLite rolls back by itself on some errors (SQLITE_FULL, SQLITE_IOERR), and
 * a second ROLLBACK then fails with "no transaction is active", which would hide the real error: the rollback's
 * own failure is dropped so the caller sees the cause. (db.isTransaction would tell, but is newer than Node 22.13.)
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const value = work();
    db.exec('COMMIT');
    return value;
  } catch (cause) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // Already rolled back by SQLite; the cause below is what matters.
    }
    throw cause;
  }
}
