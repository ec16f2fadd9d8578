import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';

// Why fold.ts folds in JavaScript: SQLite's two search paths fold case differently for non-ASCII text.
describe('SQLite case folding (the facts fold.ts relies on)', () => {
  const db = new DatabaseSync(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'trigram case_sensitive 0');
    INSERT INTO t VALUES ('ÉCOLE Straße ΑΘΗΝΑ МОСКВА');`);
  const trigram = (q: string): number =>
    Number(db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(`"${q}"`)?.n);
  const like = (q: string): number => Number(db.prepare('SELECT count(*) AS n FROM t WHERE x LIKE ?').get(`%${q}%`)?.n);

  it('trigram case_sensitive 0 folds Latin, Greek and Cyrillic letters beyond ASCII', () => {
    expect([trigram('école'), trigram('αθηνα'), trigram('москва'), trigram('STRAẞE')]).toEqual([1, 1, 1, 1]);
  });
  it('LIKE folds A-Z only', () => {
    expect([like('école'), like('αθηνα'), like('москва'), like('strAße')]).toEqual([0, 0, 0, 1]);
  });
  it('a trigram query under 3 characters matches nothing', () => {
    expect(trigram('éc')).toBe(0);
  });
});
