import { createHash } from 'node:crypto';
import type { SQLInputValue } from 'node:sqlite';
import { escapeLike, fold, trigramQuery } from './fold';
import type { IndexFilter, IndexSort, ParsedIndexQuery } from './query-schema';
import { COLUMN_FIELDS } from './schema';

/** The WHERE of a query, plus the trigram query that can narrow it to candidates first (when one exists). */
export interface Conditions {
  where: string[];
  params: SQLInputValue[];
  /** FTS5 query whose matches are a superset of the rows `where` accepts (equal, for a search alone). */
  probe?: string;
  /** True when nothing restricts the rows: the total is the cached row count. */
  unrestricted: boolean;
}

export const ROW_COLUMNS =
  'u.key, u.sub, u.username, u.status, u.enabled, u.created_at, u.last_modified_at, u.attributes';

const isColumn = (field: string): field is keyof typeof COLUMN_FIELDS => Object.hasOwn(COLUMN_FIELDS, field);

/** A SQL literal for a JSON path to one attribute; the schema refused `"` and `\` in names, `'` is doubled here. */
function attributeExpr(name: string): string {
  return `json_extract(u.attributes, '$."${name.replaceAll("'", "''")}"')`;
}

export function sortExpr(field: string): string {
  return isColumn(field) ? COLUMN_FIELDS[field] : attributeExpr(field);
}

function filterExpr(field: string): string {
  if (field === 'enabled') return "(CASE WHEN u.enabled THEN 'true' ELSE 'false' END)";
  return sortExpr(field);
}

/** Only the user name and attribute values are in the trigram index; status, dates and enabled are not. */
const inSearchText = (field: string): boolean => field === 'username' || !isColumn(field);

function filterCondition(f: IndexFilter): [string, SQLInputValue] {
  const expr = filterExpr(f.field);
  if (f.op === 'equals') return [`${expr} = ?`, f.value];
  const pattern = f.op === 'startsWith' ? `${escapeLike(f.value)}%` : `%${escapeLike(f.value)}%`;
  return [`${expr} LIKE ? ESCAPE '\\'`, pattern];
}

export function conditions(q: ParsedIndexQuery): Conditions {
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  let probe: string | undefined;
  const search = q.search ? fold(q.search) : '';
  if (search) {
    // Both the stored text and the query are folded, so LIKE's own A-Z folding never comes into play.
    where.push(`u.search LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(search)}%`);
    probe = trigramQuery(search);
  }
  for (const f of q.filters ?? []) {
    const [sql, param] = filterCondition(f);
    where.push(sql);
    params.push(param);
    // An equals/startsWith/contains match implies fold(value) is in the folded search text: a valid superset.
    if (!probe && inSearchText(f.field)) probe = trigramQuery(fold(f.value));
  }
  return { where, params, probe, unrestricted: where.length === 0 };
}

/**
 * ORDER BY of a block. Without a sort (what ag-grid's infinite row model asks until a header is clicked) rows come in
 * rowid order, the order they were first written: the one order in which a search never has to sort or skip.
 */
export function orderBy(sort: IndexSort | undefined, rowid = 'u.id'): string {
  if (!sort) return `${rowid} ASC`;
  const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
  return `${sortExpr(sort.field)} ${dir}, u.key ${dir}`;
}

const COLUMN_INDEXES: Record<keyof typeof COLUMN_FIELDS, string> = {
  username: 'users_username',
  status: 'users_status',
  enabled: 'users_enabled',
  createdAt: 'users_created',
  lastModifiedAt: 'users_modified',
};

/** The index holding rows in the order of `field` then key (schema.ts, or the expression index below). */
export function sortIndexName(field: string): string {
  if (isColumn(field)) return COLUMN_INDEXES[field];
  return `users_attr_${createHash('sha256').update(field).digest('hex').slice(0, 16)}`;
}

/** The expression index that lets a walk in attribute order stop after one block instead of sorting every row. */
export function attributeIndexSql(field: string): string | undefined {
  if (isColumn(field)) return undefined;
  const expr = attributeExpr(field).replace('u.attributes', 'attributes');
  return `CREATE INDEX IF NOT EXISTS ${sortIndexName(field)} ON users (${expr}, key)`;
}

/** How a block is read; see the top of user-index.ts. */
export type Path = 'candidates' | 'fts-order' | 'walk' | 'budget';

/**
 * FROM clause (and the MATCH condition, if any) of a query. candidates: the trigram matches are materialized first
 * and the users table is read only for them (CROSS JOIN fixes the join order). fts-order: matches are read in rowid
 * order straight from the FTS index, so a block stops after `limit` matches whatever the total. walk: rows are read
 * in sort order until the block is full; INDEXED BY holds the planner to that, since without statistics it may guess
 * a filter is selective and choose to scan and sort every row instead (seconds at 1M users). budget: a walk over
 * at most a fixed number of rows (the caller falls back to sorting every match when they hold too few matches).
 */
export function fromClause(path: Path, walkIndex?: string, order?: string): { from: string; match: string[] } {
  if (path === 'budget' && walkIndex && order) {
    // The first `?` rows in sort order, read through the sort index; the caller falls back when too few match.
    return { from: `FROM (SELECT * FROM users u INDEXED BY ${walkIndex} ORDER BY ${order} LIMIT ?) AS u`, match: [] };
  }
  if (path === 'candidates') {
    return {
      from: 'FROM (SELECT rowid AS id FROM users_fts WHERE users_fts MATCH ?) AS m CROSS JOIN users u ON u.id = m.id',
      match: [],
    };
  }
  if (path === 'fts-order') {
    return { from: 'FROM users_fts f CROSS JOIN users u ON u.id = f.rowid', match: ['f.users_fts MATCH ?'] };
  }
  return { from: walkIndex ? `FROM users u INDEXED BY ${walkIndex}` : 'FROM users u', match: [] };
}

export function whereClause(extra: string[]): string {
  return extra.length ? `WHERE ${extra.join(' AND ')}` : '';
}
