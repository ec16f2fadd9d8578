import { existsSync, openSync, readdirSync, statSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropIndex, indexPath, UserIndex } from '../../../../../src/main/services/user-index';
import { AppError } from '../../../../../src/shared/ipc/errors';
import { REF, tempDataDir, user } from './helpers';

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.cleanup());

function seeded(count: number): string {
  const index = UserIndex.open(data.dir, REF);
  index.upsertUsers(
    Array.from({ length: count }, (_, n) => user(n, { 'custom:bio': 'x'.repeat(300) })),
    1,
  );
  index.close();
  return indexPath(data.dir, REF);
}

function scribble(file: string, at: number, length: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.from(Array.from({ length }, (_, i) => (i * 131 + 7) % 256)), 0, length, at);
  closeSync(fd);
}

const aside = (): string[] =>
  readdirSync(path.dirname(indexPath(data.dir, REF))).filter((f) => f.includes('.corrupt-'));

function thrown(work: () => unknown): AppError {
  try {
    work();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('user index: faults', () => {
  it('names the file after the pool, safely, one file per profile+region+pool', () => {
    const file = indexPath(data.dir, REF);
    expect(path.dirname(file)).toBe(path.join(data.dir, 'user-index'));
    expect(path.basename(file)).toMatch(/^eu-west-1_AbC123xyz-[0-9a-f]{16}\.sqlite$/);
    expect(indexPath(data.dir, { ...REF, profile: 'other' })).not.toBe(file);
    expect(indexPath(data.dir, { ...REF, region: 'us-east-1' })).not.toBe(file);
  });

  it('rebuilds a file whose header was overwritten, keeps the old one aside and says why', () => {
    const file = seeded(50);
    scribble(file, 0, 4096);
    const index = UserIndex.open(data.dir, REF);
    const status = index.status();
    expect(status.users).toBe(0);
    expect(status.rebuiltBecause).toMatch(/damaged \(file is not a database\).*rebuilt.*\.corrupt-/);
    expect(aside()).toHaveLength(1);
    index.upsertUsers([user(1)], 1);
    expect(index.query({ search: 'u1@example', limit: 5 }).total).toBe(1);
    index.close();
    // Once rebuilt, the next open is a normal one.
    const again = UserIndex.open(data.dir, REF);
    expect(again.status().rebuiltBecause).toBeUndefined();
    again.close();
  });

  it('rebuilds a file whose pages were overwritten (found by quick_check or on first read)', () => {
    const file = seeded(400);
    const size = statSync(file).size;
    scribble(file, 4096 * 3, size - 4096 * 6);
    const index = UserIndex.open(data.dir, REF);
    expect(index.status().rebuiltBecause).toMatch(/damaged/);
    expect(index.status().users).toBe(0);
    index.close();
  });

  it('marks a big file damaged when a query meets what the open check skipped, and rebuilds it at the next open', () => {
    const file = seeded(400);
    scribble(file, 4096 * 6, statSync(file).size - 4096 * 9);
    const index = UserIndex.open(data.dir, REF, { fullCheckMaxBytes: 0 });
    const error = thrown(() => {
      index.status();
      for (const search of ['example', 'u1', 'xxx']) index.query({ search, limit: 500 });
      index.count({ search: 'e' });
    });
    expect(error.message).toMatch(/index is damaged/);
    expect(error.details?.hint).toMatch(/rebuilt empty the next time/);
    index.close();
    const again = UserIndex.open(data.dir, REF, { fullCheckMaxBytes: 0 });
    expect(again.status()).toMatchObject({ users: 0, rebuiltBecause: expect.stringMatching(/damaged/) });
    again.close();
    expect(existsSync(`${file}.damaged`)).toBe(false);
  });

  it('rebuilds a file from another schema version', () => {
    const file = seeded(3);
    const db = new DatabaseSync(file);
    db.exec("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
    db.close();
    const index = UserIndex.open(data.dir, REF);
    expect(index.status().rebuiltBecause).toMatch(/another version of the app/);
    index.close();
  });

  it('leaves a file that another process holds locked alone, and says it is in use', () => {
    const file = seeded(5);
    const other = new DatabaseSync(file);
    other.exec('PRAGMA locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    const error = thrown(() => UserIndex.open(data.dir, REF, { busyTimeoutMs: 50 }));
    expect(error).toMatchObject({ code: 'CONFLICT', retryable: true });
    expect(error.message).toMatch(/locked by another process/);
    expect(aside()).toEqual([]);
    other.exec('COMMIT');
    other.close();
    const index = UserIndex.open(data.dir, REF);
    expect(index.status()).toMatchObject({ users: 5 });
    index.close();
  });

  it('reads while another process writes, and fails a write with CONFLICT after the busy timeout', () => {
    seeded(5);
    const index = UserIndex.open(data.dir, REF, { busyTimeoutMs: 50 });
    const other = new DatabaseSync(index.file);
    other.exec('BEGIN IMMEDIATE');
    expect(index.query({ limit: 10 }).total).toBe(5);
    expect(thrown(() => index.upsertUsers([user(99)], 1))).toMatchObject({ code: 'CONFLICT', retryable: true });
    other.exec('ROLLBACK');
    other.close();
    index.upsertUsers([user(99)], 1);
    expect(index.status().users).toBe(6);
    index.close();
  });

  it('throws a plain disk-full error and keeps the index as it was before the page', () => {
    const index = UserIndex.open(data.dir, REF, { maxPageCount: 120 });
    let written = 0;
    let error: AppError | undefined;
    for (let page = 0; page < 100 && !error; page++) {
      const rows = Array.from({ length: 20 }, (_, i) =>
        user(page * 20 + i, { 'custom:bio': `bio ${page} `.repeat(40) }),
      );
      try {
        index.upsertUsers(rows, 1);
        written += rows.length;
      } catch (e) {
        error = e instanceof AppError ? e : undefined;
        if (!error) throw e;
      }
    }
    expect(error?.message).toMatch(/disk is full/);
    expect(error?.details?.hint).toMatch(/Free some disk space/);
    expect(written).toBeGreaterThan(0);
    expect(index.status().users).toBe(written);
    expect(index.query({ search: 'example', limit: 1 })).toMatchObject({ rows: [expect.anything()] });
    expect(index.count({ search: 'example' })).toBe(written);
    index.close();
    const check = new DatabaseSync(indexPath(data.dir, REF));
    expect(check.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    expect(() => check.exec("INSERT INTO users_fts (users_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    check.close();
  });

  it('drops a pool index with its side files, and only that pool', () => {
    const other = { ...REF, userPoolId: 'eu-west-1_Other1' };
    const keep = UserIndex.open(data.dir, other);
    keep.close();
    const index = UserIndex.open(data.dir, REF);
    index.upsertUsers([user(1)], 1);
    const file = index.file;
    expect(existsSync(`${file}-wal`)).toBe(true);
    index.close();
    dropIndex(data.dir, REF);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(existsSync(f)).toBe(false);
    expect(existsSync(indexPath(data.dir, other))).toBe(true);
    expect(() => dropIndex(data.dir, REF)).not.toThrow();
  });
});
