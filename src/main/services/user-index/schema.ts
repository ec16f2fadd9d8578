import type { DatabaseSync } from 'node:sqlite';
import type { IndexColumn } from '../../../shared/model/user-index';
import { inTransaction } from './transaction';

/** Bumped when the tables change; an index of another version is rebuilt (it is a cache of Cognito, not a source). */
export const SCHEMA_VERSION = 1;

/** Columns that a query may sort or filter on, with the SQL that reads each. */
export const COLUMN_FIELDS = {
  username: 'u.username',
  status: 'u.status',
  enabled: 'u.enabled',
  createdAt: 'u.created_at',
  lastModifiedAt: 'u.last_modified_at',
} as const satisfies Record<IndexColumn, string>;
export type ColumnField = keyof typeof COLUMN_FIELDS;

const DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE partitions (
  partition TEXT PRIMARY KEY,
  token TEXT,
  done INTEGER NOT NULL,
  generation INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  sub TEXT,
  username TEXT NOT NULL,
  status TEXT NOT NULL,
  enabled INTEGER NOT NULL,
  created_at TEXT,
  last_modified_at TEXT,
  attributes TEXT NOT NULL,
  search TEXT NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX users_username ON users (username, key);
CREATE INDEX users_status ON users (status, key);
CREATE INDEX users_enabled ON users (enabled, key);
CREATE INDEX users_created ON users (created_at, key);
CREATE INDEX users_modified ON users (last_modified_at, key);
CREATE VIRTUAL TABLE users_fts USING fts5 (
  search, content = 'users', content_rowid = 'id', detail = 'full', tokenize = 'trigram case_sensitive 1'
);
CREATE TRIGGER users_ai AFTER INSERT ON users BEGIN
  INSERT INTO users_fts (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER users_ad AFTER DELETE ON users BEGIN
  INSERT INTO users_fts (users_fts, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER users_au AFTER UPDATE OF search ON users WHEN old.search IS NOT new.search BEGIN
  INSERT INTO users_fts (users_fts, rowid, search) VALUES ('delete', old.id, old.search);
  INSERT INTO users_fts (rowid, search) VALUES (new.id, new.search);
END;
`;

/**
 * The number of users, kept in meta by triggers: count(*) reads a whole index (about 0.1 s per million users,
 * more from a cold disk), which a pool's first open would otherwise pay before its first rows. Added to files of
 * schema 1 at open (same tables, one-off count), so an existing index is kept.
 */
const USER_COUNT = `
CREATE TRIGGER IF NOT EXISTS users_count_ai AFTER INSERT ON users BEGIN
  UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'user_count';
END;
CREATE TRIGGER IF NOT EXISTS users_count_ad AFTER DELETE ON users BEGIN
  UPDATE meta SET value = CAST(value AS INTEGER) - 1 WHERE key = 'user_count';
END;
INSERT OR IGNORE INTO meta (key, value) SELECT 'user_count', count(*) FROM users;
`;

/** Creates the tables in an empty file; false when the file holds another schema version (the caller rebuilds). */
export function ensureSchema(db: DatabaseSync): boolean {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get();
    if (Number(tables?.n) > 0) return false;
    inTransaction(db, () => {
      db.exec(DDL);
      db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
      db.exec(USER_COUNT);
    });
    return true;
  }
  const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get();
  if (version?.value !== String(SCHEMA_VERSION)) return false;
  if (!db.prepare("SELECT 1 FROM meta WHERE key = 'user_count'").get()) inTransaction(db, () => db.exec(USER_COUNT));
  return true;
}

/** The stored number of users (see USER_COUNT). */
export function storedUserCount(db: DatabaseSync): number {
  return Number(db.prepare("SELECT value FROM meta WHERE key = 'user_count'").get()?.value ?? 0);
}
