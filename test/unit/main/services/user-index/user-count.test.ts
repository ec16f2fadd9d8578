import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { UserIndex } from '../../../../../src/main/services/user-index';
import { indexPerTest, REF, user } from './helpers';

let index: UserIndex;
let dir = '';
indexPerTest(
  (opened, folder) => ((index = opened), (dir = folder)),
  () => index,
);

/** count(*) read from the file by a second connection: the truth the stored count must match. */
function counted(file: string): number {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return Number(db.prepare('SELECT count(*) AS n FROM users').get()?.n);
  } finally {
    db.close();
  }
}

describe('user index: the stored user count', () => {
  it('follows inserts, upserts of known users, edits, and the deletes that end a scan', () => {
    const g1 = index.beginScan();
    index.upsertUsers([user(1), user(2), user(3)], g1);
    index.upsertUsers([user(2, { 'custom:x': 'again' }), user(4)], g1);
    index.finishScan(g1);
    expect(index.status().users).toBe(4);
    const g2 = index.beginScan();
    index.upsertUsers([user(1), user(4), user(5)], g2);
    index.applyEdits([
      { kind: 'row', row: user(6) },
      { kind: 'row', row: user(1, { 'custom:x': 'edited' }) },
      { kind: 'remove', usernames: ['user-0005', 'nobody'] },
    ]);
    expect(index.status().users).toBe(counted(index.file));
    index.finishScan(g2);
    expect(index.status().users).toBe(3);
    expect(counted(index.file)).toBe(3);
  });

  it('is added, counted once, to an index written before it existed, which keeps its users', () => {
    const g = index.beginScan();
    index.upsertUsers([user(1), user(2)], g);
    index.finishScan(g);
    index.close();
    const raw = new DatabaseSync(index.file);
    raw.exec("DROP TRIGGER users_count_ai; DROP TRIGGER users_count_ad; DELETE FROM meta WHERE key = 'user_count'");
    raw.close();

    index = UserIndex.open(dir, REF);
    expect(index.status()).toMatchObject({ users: 2 });
    expect(index.status().rebuiltBecause).toBeUndefined();
    index.upsertUsers([user(3)], g);
    expect(index.status().users).toBe(3);
  });
});
