/**
 * The local user index of one pool (issue #13): a SQLite file in main that a sync fills and the users grid pages
 * from, so a million-user pool can be searched on any attribute without calling Cognito (ListUsers filters on one
 * standard attribute, with = and ^= only, at 30 calls/s).
 *
 * Choices, and why:
 * - node:sqlite (DatabaseSync): built into Node >= 22.13 and Electron 45's Node (electron/electron#47706), so no
 *   native module to rebuild per Electron version. It is synchronous: every call blocks the thread it runs on, so a
 *   later slice should host this class in a worker or utility process, not on Electron's main thread.
 * - One file per profile+region+pool under <dataDir>/user-index/ (see index-file.ts): pools never share locks or
 *   failures, and a deleted pool's index is one dropIndex() away.
 * - Users keyed by sub (a UUID that survives renames), `username:<name>` when a row has none.
 * - Search text (user name + every attribute value, folded in JS, see fold.ts) is stored once, in users.search;
 *   the FTS5 trigram table is external-content over it. A contentless table would not store the text, but the
 *   1-2 character searches and the exact check of every match need it, and reading it back out of the JSON of
 *   attributes would be slower and inexact (JSON escapes). detail=none: positions are most of a trigram index and
 *   a phrase needs them; instead a query asks for all of its trigrams (a superset) and an exact LIKE on
 *   users.search narrows that. Sizes measured are in the bench output (bench/index-search.ts).
 * - Two ways to answer a query (query-sql.ts): when the trigrams match at most `candidateCap` rows, those rows are
 *   read and sorted (cost grows with the matches, at most the cap); when they match more, the sort index is walked
 *   and rows are tested until the block is full (cost grows with offset / share of rows matching, which is at least
 *   cap / users). Then an exact total would cost a scan of every match, so `total` is a lower bound with
 *   `totalIsLowerBound: true` (the grid's infinite row model takes an unknown last row) and count() gives the exact
 *   figure separately. Searches under 3 characters have no trigram: they walk in sort order with LIKE, which is
 *   instant for common letters and reads every row (about a full-table scan) for a rare pair.
 * - Sort by any column or attribute, ties broken by key in the same direction: a total order, so offset blocks
 *   concatenate without overlap or gap. Sorting by an attribute builds an expression index the first time (seconds
 *   at 1M users), after which a block is an index walk. Strings sort by code point (BINARY), not by locale.
 * - Faults: see open-db.ts (damaged file -> rebuilt with a message; locked -> retryable CONFLICT, file untouched)
 *   and sqlite-errors.ts (disk full -> AppError, the page's transaction rolled back).
 */
import { statSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { AppError } from '../../../shared/ipc/errors';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import { searchText } from './fold';
import { indexPath } from './index-file';
import type { OpenOptions } from './open-db';
import { openIndexDb } from './open-db';
import type { IndexQuery, ParsedIndexQuery } from './query-schema';
import { indexQuerySchema } from './query-schema';
import type { Conditions } from './query-sql';
import { attributeIndexSql, conditions, fromClause, orderBy, ROW_COLUMNS, whereClause } from './query-sql';
import { toRow } from './row';
import type { PartitionProgress, ScanState } from './scan-progress';
import * as scan from './scan-progress';
import { toIndexError } from './sqlite-errors';
import { inTransaction } from './transaction';

export interface UserIndexOptions extends Partial<OpenOptions> {
  /** Above this many trigram matches a query walks the sort order instead of sorting the matches. */
  candidateCap?: number;
}

export interface IndexPage {
  rows: UserRow[];
  total: number;
  /** True when `total` only says "at least": more rows may match (ask count() for the exact figure). */
  totalIsLowerBound: boolean;
}

export interface IndexStatus {
  users: number;
  lastCompleteAt?: string;
  file: string;
  bytes: number;
  rebuiltBecause?: string;
}

export interface MatchingKey {
  username: string;
  sub?: string;
}

const UPSERT = `INSERT INTO users
  (key, sub, username, status, enabled, created_at, last_modified_at, attributes, search, generation)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET sub = excluded.sub, username = excluded.username, status = excluded.status,
    enabled = excluded.enabled, created_at = excluded.created_at, last_modified_at = excluded.last_modified_at,
    attributes = excluded.attributes, search = excluded.search, generation = excluded.generation`;

export function userKey(row: UserRow): string {
  const sub = row.sub ?? row.attributes.sub;
  return sub ? sub : `username:${row.username}`;
}

export class UserIndex {
  private readonly statements = new Map<string, StatementSync>();
  private userCount: number | undefined;
  private readonly candidateCap: number;

  private constructor(
    private readonly db: DatabaseSync,
    readonly file: string,
    private readonly rebuiltBecause: string | undefined,
    candidateCap: number,
  ) {
    this.candidateCap = candidateCap;
  }

  /** Opens the pool's index, creating it, or rebuilding a damaged one; throws only CONFLICT (locked) or INTERNAL. */
  static open(dataDir: string, ref: PoolRef, options: UserIndexOptions = {}): UserIndex {
    const file = indexPath(dataDir, ref);
    const opened = openIndexDb(file, {
      busyTimeoutMs: options.busyTimeoutMs ?? 5_000,
      ...(options.maxPageCount === undefined ? {} : { maxPageCount: options.maxPageCount }),
    });
    return new UserIndex(opened.db, file, opened.rebuiltBecause, options.candidateCap ?? 10_000);
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
        for (const r of rows) {
          insert.run(
            userKey(r),
            r.sub ?? r.attributes.sub ?? null,
            r.username,
            r.status,
            r.enabled ? 1 : 0,
            r.createdAt ?? null,
            r.lastModifiedAt ?? null,
            JSON.stringify(r.attributes),
            searchText(r.username, r.attributes),
            generation,
          );
        }
      });
    });
  }

  /** One block for the grid. Throws VALIDATION for a malformed query (the renderer is untrusted input). */
  query(input: IndexQuery): IndexPage {
    const q = indexQuerySchema.parse(input);
    return this.guard(() => {
      const c = conditions(q);
      const candidates = this.useCandidates(c);
      if (!candidates) this.ensureSortIndex(q);
      const from = fromClause(candidates);
      const head = candidates && c.probe ? [c.probe] : [];
      // With candidates the total comes from the same pass (a window count over at most candidateCap rows).
      const total = candidates ? ', count(*) OVER () AS total' : '';
      const sql = `SELECT ${ROW_COLUMNS}${total} ${from} ${whereClause(c.where)} ORDER BY ${orderBy(q.sort)} LIMIT ? OFFSET ?`;
      const found = this.statement(sql).all(...head, ...c.params, q.limit, q.offset);
      const rows = found.map(toRow);
      if (c.unrestricted) return { rows, total: this.countAll(), totalIsLowerBound: false };
      if (candidates) {
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
      if (rows.length < q.limit && (rows.length > 0 || q.offset === 0)) {
        return { rows, total: seen, totalIsLowerBound: false };
      }
      return { rows, total: rows.length === q.limit ? seen + 1 : seen, totalIsLowerBound: true };
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
   * Every matching user, in pages in key order, for "select all matching" bulk jobs: a cursor over the index
   * (keyset paging, so writes between pages neither repeat nor skip users), never the whole list in memory.
   */
  *matchingKeys(input: Omit<IndexQuery, 'offset' | 'limit' | 'sort'>, pageSize = 1_000): Generator<MatchingKey[]> {
    const q = indexQuerySchema.parse(input);
    const c = this.guard(() => conditions(q));
    const candidates = this.guard(() => this.useCandidates(c));
    const head = candidates && c.probe ? [c.probe] : [];
    const sql = `SELECT u.key, u.username, u.sub ${fromClause(candidates)} ${whereClause([...c.where, 'u.key > ?'])}
      ORDER BY u.key LIMIT ?`;
    let after = '';
    for (;;) {
      const page = this.guard(() => this.statement(sql).all(...head, ...c.params, after, pageSize));
      const last = page.at(-1);
      if (!last) return;
      yield page.map((r) =>
        r.sub === null ? { username: String(r.username) } : { username: String(r.username), sub: String(r.sub) },
      );
      if (page.length < pageSize) return;
      after = String(last.key);
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
    if (ddl && !this.statements.has(ddl)) {
      this.db.exec(ddl);
      this.statements.set(ddl, this.db.prepare('SELECT 1'));
    }
  }

  private countAll(): number {
    this.userCount ??= Number(this.statement('SELECT count(*) AS n FROM users').get()?.n);
    return this.userCount;
  }

  private countWith(c: Conditions, candidates: boolean): number {
    const head = candidates && c.probe ? [c.probe] : [];
    const sql = `SELECT count(*) AS n ${fromClause(candidates)} ${whereClause(c.where)}`;
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
      throw toIndexError(e, this.file);
    }
  }
}
