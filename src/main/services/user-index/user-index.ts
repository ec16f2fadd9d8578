/**
 * The local user index of one pool (issue #13): a SQLite file in main that a sync fills and the users grid pages
 * from, so a million-user pool can be searched on any attribute without calling Cognito (ListUsers filters on one
 * standard attribute, with = and ^= only, at 30 calls/s).
 *
 * Choices, and why:
 * - node:sqlite (DatabaseSync): built into Node >= 22.13 and Electron 45's Node (electron/electron#47706), so no
 *   native module to rebuild per Electron version. It is synchronous, so this class runs in the index worker
 *   (worker.ts); main uses it through IndexClient (index-client.ts), never directly.
 * - One file per profile+region+pool under <dataDir>/user-index/ (see index-file.ts): pools never share locks or
 *   failures, and a deleted pool's index is one dropIndex() away.
 * - Users keyed by sub (a UUID that survives renames), `username:<name>` when a row has none.
 * - Search text (user name + every attribute value, folded in JS, see fold.ts) is stored once, in users.search;
 *   the FTS5 trigram table is external-content over it. Contentless would save that copy of the text (155 MB of
 *   the 1.2-1.5 GB at 1M users) but the 1-2 character searches, the walk below and FTS5's own 'delete' need the
 *   text, and re-reading it from the attributes JSON would be slower and inexact (JSON escapes).
 *   detail=full, not none: none is a third of the size (151 vs ~455 MB at 1M, measured at 100k: 15 vs 46 MB)
 *   but cannot match phrases, only "all of these trigrams somewhere", and that superset made the match count
 *   useless for choosing a plan: a fragment whose trigrams are all common matches many rows loosely and few
 *   exactly, and walking the sort order for those few reads most of the table (first bench at 1M with
 *   detail=none: p95 3.1 s, max 7.8 s). An exact LIKE still narrows every match, for filters whose probe is only
 *   a superset.
 * - Four ways to read a block (query-sql.ts). No sort chosen (ag-grid's first request): matches come straight
 *   from the FTS index in rowid order and reading stops after one block, whatever the number of matches. A sort
 *   and at most `candidateCap` matches: those rows are read and sorted (cost grows with the matches, up to the
 *   cap). A sort and more matches: the sort index is walked for at most `walkBudget` rows, testing each; that
 *   fills a block when matches are spread through the order, and when they cluster later (a given name, sorted by
 *   user names that start with it) all matches are read and sorted instead (p95 0.33 s at 1M for fragments of real
 *   values; an unbounded walk took up to 3.8 s). Short searches (no trigram) walk without a budget.
 *   With more than candidateCap matches an exact total would read every match, so `total` is a lower bound with
 *   `totalIsLowerBound: true` (the infinite row model takes an unknown last row) and count() gives the exact
 *   figure separately. Searches under 3 characters have no trigram: they walk with LIKE, which is instant for
 *   common letters and reads every row (about a full-table scan) for a rare pair.
 * - Sort by any column or attribute, ties broken by key in the same direction: a total order, so offset blocks
 *   concatenate without overlap or gap. Sorting by an attribute builds an expression index the first time (seconds
 *   at 1M users), after which a block is an index walk. Strings sort by code point (BINARY), not by locale.
 * - Faults: see open-db.ts (damaged file -> rebuilt with a message; locked -> retryable CONFLICT, file untouched)
 *   and sqlite-errors.ts (disk full -> AppError, the page's transaction rolled back).
 */
import { statSync } from 'node:fs';
import type { DatabaseSync, SQLOutputValue, StatementSync } from 'node:sqlite';
import { AppError } from '../../../shared/ipc/errors';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import type { IndexEdit } from './edits';
import { applyEdits } from './edits';
import { indexPath } from './index-file';
import { markDamaged, openIndexDb } from './open-db';
import { storedUserCount } from './schema';
import type { IndexQuery, ParsedIndexQuery } from './query-schema';
import { indexQuerySchema } from './query-schema';
import type { Conditions, Path } from './query-sql';
import {
  attributeIndexSql,
  conditions,
  fromClause,
  orderBy,
  ROW_COLUMNS,
  sortIndexName,
  whereClause,
} from './query-sql';
import { toRow, UPSERT, upsertArgs } from './row';
import type { PartitionProgress, ScanState } from './scan-progress';
import * as scan from './scan-progress';
import { damageReason, isDamage, toIndexError } from './sqlite-errors';
import { inTransaction } from './transaction';
import type { IndexPage, IndexStatus, KeysPage, MatchingKey, UserIndexOptions } from './types';

export class UserIndex {
  private readonly statements = new Map<string, StatementSync>();
  /** Attribute sort indexes known to exist in the file (CREATE INDEX IF NOT EXISTS ran once this session). */
  private readonly sortIndexes = new Set<string>();
  private userCount: number | undefined;
  private readonly candidateCap: number;
  private readonly walkBudget: number;

  private constructor(
    private readonly db: DatabaseSync,
    readonly file: string,
    readonly rebuiltBecause: string | undefined,
    options: UserIndexOptions,
  ) {
    this.candidateCap = options.candidateCap ?? 10_000;
    this.walkBudget = options.walkBudget ?? 10_000;
  }

  /** Opens the pool's index, creating it, or rebuilding a damaged one; throws only CONFLICT (locked) or INTERNAL. */
  static open(dataDir: string, ref: PoolRef, options: UserIndexOptions = {}): UserIndex {
    const file = indexPath(dataDir, ref);
    const opened = openIndexDb(file, {
      busyTimeoutMs: options.busyTimeoutMs ?? 5_000,
      ...(options.maxPageCount === undefined ? {} : { maxPageCount: options.maxPageCount }),
      ...(options.fullCheckMaxBytes === undefined ? {} : { fullCheckMaxBytes: options.fullCheckMaxBytes }),
      ...(options.rebuild === undefined ? {} : { rebuild: options.rebuild }),
    });
    return new UserIndex(opened.db, file, opened.rebuiltBecause, options);
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }

  /** Writes one page of users in one transaction: all of the page is saved, or (disk full, locked) none of it. */
  upsertUsers(rows: readonly UserRow[], generation: number): void {
    this.userCount = undefined;
    this.guard(() => {
      const insert = this.statement(UPSERT);
      inTransaction(this.db, () => {
        for (const r of rows) insert.run(...upsertArgs(r, generation));
      });
    });
  }

  /** Writes the console's own changes in Cognito (see edits.ts); answers how many rows changed. */
  applyEdits(edits: readonly IndexEdit[]): number {
    this.userCount = undefined;
    return this.guard(() => applyEdits(this.db, edits));
  }

  /** One block for the grid. Throws VALIDATION for a malformed query (the renderer is untrusted input). */
  query(input: IndexQuery): IndexPage {
    const q = indexQuerySchema.parse(input);
    return this.guard(() => {
      const c = conditions(q);
      const few = this.useCandidates(c);
      const path: Path = c.probe && !q.sort ? 'fts-order' : few ? 'candidates' : c.probe ? 'budget' : 'walk';
      if (path === 'walk' || path === 'budget') this.ensureSortIndex(q);
      const read = (p: Path): Record<string, SQLOutputValue>[] => {
        const order = orderBy(q.sort, p === 'fts-order' ? 'f.rowid' : 'u.id');
        const { from, match } = fromClause(p, q.sort ? sortIndexName(q.sort.field) : undefined, order);
        const head = p === 'budget' ? [this.walkBudget] : c.probe && p !== 'walk' ? [c.probe] : [];
        // With at most candidateCap matches the total comes from the same pass, as a window count.
        const total = few ? ', count(*) OVER () AS total' : '';
        const sql = `SELECT ${ROW_COLUMNS}${total} ${from} ${whereClause([...match, ...c.where])} ORDER BY ${order}
          LIMIT ? OFFSET ?`;
        return this.statement(sql).all(...head, ...c.params, q.limit, q.offset);
      };
      let found = read(path);
      // The budget held too few matches (they cluster later in the sort order): sort all of them instead.
      if (path === 'budget' && found.length < q.limit && this.countAll() > this.walkBudget) found = read('candidates');
      const rows = found.map(toRow);
      if (c.unrestricted) return { rows, total: this.countAll(), totalIsLowerBound: false };
      if (few) {
        const counted = found[0]?.total;
        return {
          rows,
          total: counted === undefined ? this.countWith(c, true) : Number(counted),
          totalIsLowerBound: false,
        };
      }
      const seen = q.offset + rows.length;
      // Past the end: the only honest total is a count.
      if (rows.length === 0 && q.offset > 0) return { rows, total: this.countWith(c, false), totalIsLowerBound: false };
      // A short block is the end of the list: the exact total is known without counting.
      if (rows.length < q.limit) return { rows, total: seen, totalIsLowerBound: false };
      return { rows, total: seen + 1, totalIsLowerBound: true };
    });
  }

  /** The exact number of matching users; may read every match (hundreds of ms for a broad search at 1M). */
  count(input: Omit<IndexQuery, 'offset' | 'limit' | 'sort'>): number {
    const q = indexQuerySchema.parse(input);
    return this.guard(() => {
      const c = conditions(q);
      return c.unrestricted ? this.countAll() : this.countWith(c, this.useCandidates(c));
    });
  }

  /**
   * One page of the users matching a selection, in key order after `after` (keyset paging: writes between pages
   * neither repeat nor skip users), for "select all matching" jobs; `next` continues, absent on the last page.
   */
  matchingKeysPage(input: Omit<IndexQuery, 'offset' | 'limit' | 'sort'>, after: string, pageSize = 1_000): KeysPage {
    const q = indexQuerySchema.parse(input);
    return this.guard(() => {
      const c = conditions(q);
      const candidates = this.useCandidates(c);
      const head = candidates && c.probe ? [c.probe] : [];
      const sql = `SELECT u.key, u.username, u.sub ${fromClause(candidates ? 'candidates' : 'walk').from}
        ${whereClause([...c.where, 'u.key > ?'])} ORDER BY u.key LIMIT ?`;
      const page = this.statement(sql).all(...head, ...c.params, after, pageSize);
      const keys = page.map((r) =>
        r.sub === null ? { username: String(r.username) } : { username: String(r.username), sub: String(r.sub) },
      );
      const last = page.at(-1);
      return last && page.length === pageSize ? { keys, next: String(last.key) } : { keys };
    });
  }

  /** Every matching user, in pages of matchingKeysPage; never the whole list in memory. */
  *matchingKeys(input: Omit<IndexQuery, 'offset' | 'limit' | 'sort'>, pageSize = 1_000): Generator<MatchingKey[]> {
    for (let after: string | undefined = ''; after !== undefined;) {
      const page = this.matchingKeysPage(input, after, pageSize);
      if (page.keys.length > 0) yield page.keys;
      after = page.next;
    }
  }

  status(): IndexStatus {
    const bytes = [this.file, `${this.file}-wal`].reduce(
      (sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0),
      0,
    );
    const lastCompleteAt = this.guard(() => scan.lastCompleteAt(this.db));
    return {
      users: this.guard(() => this.countAll()),
      ...(lastCompleteAt ? { lastCompleteAt } : {}),
      file: this.file,
      bytes,
      ...(this.rebuiltBecause ? { rebuiltBecause: this.rebuiltBecause } : {}),
    };
  }

  beginScan(): number {
    return this.guard(() => scan.beginScan(this.db));
  }

  currentScan(): ScanState | undefined {
    return this.guard(() => scan.currentScan(this.db));
  }

  savePartition(generation: number, progress: PartitionProgress): void {
    this.guard(() => scan.savePartition(this.db, this.requireScan(generation), progress));
  }

  /** Deletes users the complete scan `generation` did not see; returns how many. */
  finishScan(generation: number, now = new Date()): number {
    this.userCount = undefined;
    return this.guard(() => scan.finishScan(this.db, this.requireScan(generation), now));
  }

  /** A stale sync finishing an old generation would delete the users a newer one wrote: refuse it. */
  private requireScan(generation: number): number {
    if (scan.currentScan(this.db)?.generation !== generation) {
      throw new AppError('CONFLICT', `Scan ${generation} is not the scan in progress; start a new one.`);
    }
    return generation;
  }

  private useCandidates(c: Conditions): boolean {
    if (!c.probe) return false;
    const sql = 'SELECT count(*) AS n FROM (SELECT 1 FROM users_fts WHERE users_fts MATCH ? LIMIT ?)';
    const row = this.statement(sql).get(c.probe, this.candidateCap + 1);
    return Number(row?.n) <= this.candidateCap;
  }

  private ensureSortIndex(q: ParsedIndexQuery): void {
    const ddl = q.sort ? attributeIndexSql(q.sort.field) : undefined;
    if (ddl && !this.sortIndexes.has(ddl)) {
      this.db.exec(ddl);
      this.sortIndexes.add(ddl);
    }
  }

  private countAll(): number {
    this.userCount ??= storedUserCount(this.db);
    return this.userCount;
  }

  private countWith(c: Conditions, candidates: boolean): number {
    const head = candidates && c.probe ? [c.probe] : [];
    const sql = `SELECT count(*) AS n ${fromClause(candidates ? 'candidates' : 'walk').from} ${whereClause(c.where)}`;
    return Number(this.statement(sql).get(...head, ...c.params)?.n);
  }

  private statement(sql: string): StatementSync {
    let s = this.statements.get(sql);
    if (!s) {
      // Queries differ by shape only (filters, sort); a few dozen shapes, so an unbounded map is fine in practice.
      if (this.statements.size > 200) this.statements.clear();
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (e) {
      if (!isDamage(e)) throw toIndexError(e, this.file);
      const reason = damageReason(e);
      markDamaged(this.file, reason);
      throw new AppError('INTERNAL', `The local user index is damaged (${reason}).`, {
        hint: 'It is rebuilt empty the next time it is opened; the next full sync fills it again.',
      });
    }
  }
}
