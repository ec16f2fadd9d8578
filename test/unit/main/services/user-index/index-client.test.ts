import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexClient } from '../../../../../src/main/services/user-index/index-client';
import { indexPath } from '../../../../../src/main/services/user-index/index-file';
import { PoolIndexes } from '../../../../../src/main/services/user-index/pool-indexes';
import { IndexWorker } from '../../../../../src/main/services/user-index/worker-host';
import { workerEntry } from '../../../../../src/main/services/user-index/worker-entry';
import { AppError } from '../../../../../src/shared/ipc/errors';
import { REF, tempDataDir, user } from './helpers';

let data: ReturnType<typeof tempDataDir>;
let worker: IndexWorker;
beforeEach(() => {
  data = tempDataDir();
  worker = new IndexWorker();
});
afterEach(async () => {
  await worker.stop();
  data.cleanup();
});

async function rejection(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const client = (options = {}): IndexClient => new IndexClient(worker, data.dir, REF, options);

describe('user index in its worker thread', () => {
  it('answers the same operations as UserIndex, as promises, from the worker thread', async () => {
    const index = client();
    const g = await index.beginScan();
    await index.upsertUsers(
      Array.from({ length: 25 }, (_, n) => user(n)),
      g,
    );
    await index.savePartition(g, { partition: 'sub ^= "0"', token: 'tok', done: false });
    expect(await index.currentScan()).toEqual({
      generation: g,
      partitions: [{ partition: 'sub ^= "0"', token: 'tok', done: false }],
    });
    expect(await index.finishScan(g, new Date('2026-01-02T00:00:00Z'))).toBe(0);
    expect(await index.currentScan()).toBeUndefined();
    expect(await index.status()).toMatchObject({ users: 25, lastCompleteAt: '2026-01-02T00:00:00.000Z' });
    const page = await index.query({ search: 'u1', sort: { field: 'username', direction: 'desc' }, limit: 3 });
    expect(page.rows.map((r) => r.username)).toEqual(['user-0019', 'user-0018', 'user-0017']);
    expect(await index.count({ search: 'u1' })).toBe(11);
    const pages: string[][] = [];
    for await (const keys of index.matchingKeys({ search: 'example' }, 10)) pages.push(keys.map((k) => k.username));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(new Set(pages.flat()).size).toBe(25);
    await index.close();
    await expect(index.status()).rejects.toThrow(/was closed/);
  });

  it('runs the long reads on the reads worker: blocks are answered while a count waits there', async () => {
    const reads = new IndexWorker();
    try {
      const index = new IndexClient(worker, data.dir, REF, {}, reads);
      const g = await index.beginScan();
      await index.upsertUsers(
        Array.from({ length: 25 }, (_, n) => user(n)),
        g,
      );
      await index.finishScan(g);
      expect(await index.count({ search: 'u1' })).toBe(11);
      const busy = reads.call('block', 500);
      let counted = false;
      const counting = index.count({ search: 'u2' }).then((n) => ((counted = true), n));
      const page = await index.query({ limit: 5 });
      expect(page.rows).toHaveLength(5);
      expect(counted).toBe(false);
      // Writes go to the main worker and the reads connection sees them once committed.
      await index.applyEdits([{ kind: 'remove', usernames: ['user-0002'] }]);
      expect(await counting).toBe(5);
      expect(await index.count({ search: 'u2' })).toBe(5);
      await busy;
      await index.close();
    } finally {
      await reads.stop();
    }
  });

  it('rejects a malformed query in main with the zod error, before it reaches the worker', async () => {
    await expect(client().query({ limit: 5000 })).rejects.toMatchObject({ name: 'ZodError' });
  });

  it('keeps the error mapping across the thread: damaged file rebuilt with a message, locked, disk full', async () => {
    const seeded = client();
    await seeded.upsertUsers([user(1)], 1);
    await seeded.close();
    const fd = openSync(indexPath(data.dir, REF), 'r+');
    writeSync(fd, Buffer.alloc(4096, 7), 0, 4096, 0);
    closeSync(fd);
    const rebuilt = client();
    expect(await rebuilt.status()).toMatchObject({ users: 0, rebuiltBecause: expect.stringMatching(/damaged/) });
    expect(readdirSync(path.dirname(rebuilt.file)).some((f) => f.includes('.corrupt-'))).toBe(true);
    await rebuilt.close();

    const other = new DatabaseSync(indexPath(data.dir, REF));
    other.exec('PRAGMA locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    const locked = await rejection(client({ busyTimeoutMs: 50 }).status());
    expect(locked).toMatchObject({ code: 'CONFLICT', retryable: true, message: /locked by another process/ });
    other.exec('COMMIT');
    other.close();

    const small = new IndexClient(worker, data.dir, { ...REF, userPoolId: 'eu-west-1_Small' }, { maxPageCount: 40 });
    const rows = Array.from({ length: 400 }, (_, n) => user(n, { 'custom:bio': 'b'.repeat(400) }));
    const full = await rejection(small.upsertUsers(rows, 1));
    expect(full).toMatchObject({ code: 'INTERNAL', message: /disk is full/ });
    expect(full.details?.hint).toMatch(/Free some disk space/);
    expect(await small.status()).toMatchObject({ users: 0 });
  });

  it('a crashed worker fails the calls in flight with a clear error, and the next call starts a new one', async () => {
    const index = client();
    await index.upsertUsers([user(1), user(2)], 1);
    const crash = rejection(worker.call('crash'));
    // Sent after the crash message, before the worker died: in flight when it did.
    const queued = rejection(index.query({ limit: 10 }));
    for (const failed of [await crash, await queued]) {
      expect(failed).toMatchObject({ code: 'INTERNAL', retryable: true });
      expect(failed.message).toMatch(/stopped unexpectedly \(simulated crash of the index worker\)/);
    }
    // The same client reopens its index in the new worker; nothing written before the crash is lost.
    expect((await index.query({ limit: 10 })).total).toBe(2);
    expect(worker.liveGeneration()).toBe(2);
  });

  it('a worker that cannot start fails the call with the reason, and does not throw in main', async () => {
    const broken = new IndexWorker(() => path.join(data.dir, 'no-such-worker.cjs'));
    const failed = await rejection(new IndexClient(broken, data.dir, REF).status());
    expect(failed).toMatchObject({ code: 'INTERNAL', retryable: true });
    expect(failed.message).toMatch(/stopped unexpectedly \(Cannot find module/);
    await broken.stop();
  });

  it("keeps main's event loop turning while the worker runs a slow operation", async () => {
    const index = client();
    const rows = Array.from({ length: 3000 }, (_, n) => user(n, { 'custom:team': `team-${n % 97}` }));
    for (let i = 0; i < 5; i++)
      await index.upsertUsers(
        rows.map((r) => ({ ...r, sub: `${i}-${r.sub}` })),
        1,
      );
    // A timer due in 1 ms fires while one slow call (the first sort on an attribute builds its index) runs; on
    // main it could only fire once the call returned.
    let firedAt: number | undefined;
    const started = performance.now();
    setTimeout(() => (firedAt = performance.now() - started), 1);
    await index.query({ search: 'e', sort: { field: 'custom:team', direction: 'asc' }, offset: 14_000, limit: 10 });
    const ms = performance.now() - started;
    expect(ms).toBeGreaterThan(20);
    expect(firedAt).toBeLessThan(ms);
  });

  it('finds the built worker next to a bundle, else bundles the sources, else says the build is incomplete', () => {
    expect(workerEntry(path.resolve('src/main/services/user-index'))).toMatch(/user-index-worker\.cjs$/);
    expect(() => workerEntry(data.dir)).toThrow(/user-index-worker\.js or user-index-worker\.cjs is missing/);
  });

  it('PoolIndexes: one worker for all pools; drop deletes the file after the worker closed it', async () => {
    const indexes = new PoolIndexes(data.dir, {}, worker);
    const other = { ...REF, userPoolId: 'eu-west-1_Other1' };
    await indexes.get(REF).upsertUsers([user(1)], 1);
    await indexes.get(other).upsertUsers([user(2), user(3)], 1);
    expect(await indexes.status(other)).toMatchObject({ users: 2, resumable: false });
    await indexes.drop(REF);
    expect(readdirSync(path.join(data.dir, 'user-index')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    expect(await indexes.status(REF)).toMatchObject({ users: 0 });
    await indexes.closeAll();
    expect(worker.liveGeneration()).toBeUndefined();
  });
});
