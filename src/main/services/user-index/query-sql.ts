import { createHash } from 'node:crypto';
import type { SQLInputValue } from 'node:sqlite';
import { escapeLike, fold, trigramQuery } from './fold';
import type { IndexFilter, IndexSort, ParsedIndexQuery } from './query-schema';
import { COLUMN_FIELDS } from './schema';

/** The WHERE of a query, plus the trigram query that can narrow it to candidates first (when one exists). */
export interface Conditions {
  where: string[];
  params: SQLInputValue[];
  /** FTS5 query whose matches are a superset of the rows `where` accepts. */
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

export function orderBy(sort: IndexSort | undefined): string {
  const dir = sort?.direction === 'desc' ? 'DESC' : 'ASC';
  return `${sortExpr(sort?.field ?? 'username')} ${dir}, u.key ${dir}`;
}

/** The expression index that lets a walk in attribute order stop after one block instead of sorting every row. */
export function attributeIndexSql(field: string): string | undefined {
  if (isColumn(field)) return undefined;
  const name = `users_attr_${createHash('sha256').update(field).digest('hex').slice(0, 16)}`;
  return `CREATE INDEX IF NOT EXISTS ${name} ON users (${attributeExpr(field).replace('u.attributes', 'attributes')}, key)`;
}

/**
 * FROM clause of a query. With candidates, the trigram matches are materialized first and the users table is read
 * only for them (CROSS JOIN fixes the join order); without, rows are walked in sort order until the block is full.
 */
export function fromClause(candidates: boolean): string {
  return candidates
    ? 'FROM (SELECT rowid AS id FROM users_fts WHERE users_fts MATCH ?) AS m CROSS JOIN users u ON u.id = m.id'
    : 'FROM users u';
}

export function whereClause(extra: string[]): string {
  return extra.length ? `WHERE ${extra.join(' AND ')}` : '';
}
