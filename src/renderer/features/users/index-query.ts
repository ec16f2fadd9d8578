import type { IndexFilter, IndexQuery, IndexSelection } from '../../../shared/model/user-index';
import { FILTER_OPS, INDEX_COLUMNS } from '../../../shared/model/user-index';

/** What ag-grid's infinite row model hands a datasource (the parts the index answers). */
export interface BlockRequest {
  startRow: number;
  endRow: number;
  sortModel: readonly { colId: string; sort: 'asc' | 'desc' }[];
  filterModel: unknown;
}

/** The text-filter options the index can answer; columns offer only these in index mode. */
export const INDEX_FILTER_OPTIONS = [
  'contains',
  'equals',
  'startsWith',
] as const satisfies readonly (typeof FILTER_OPS)[number][];

/** The index field behind a grid column, or undefined for a column the index cannot sort or filter (MFA). */
export function indexField(colId: string): string | undefined {
  if (colId.startsWith('attr:')) {
    const name = colId.slice('attr:'.length);
    // The index refuses " and \ in attribute names (they go into a JSON path): such a column is display-only.
    return /["\\]/.test(name) ? undefined : name;
  }
  return (INDEX_COLUMNS as readonly string[]).includes(colId) ? colId : undefined;
}

const isOp = (op: unknown): op is IndexFilter['op'] => (FILTER_OPS as readonly unknown[]).includes(op);

/** The grid shows Enabled/Disabled; the index filters on true/false. */
function filterValue(field: string, value: string): string {
  if (field !== 'enabled') return value;
  const v = value.trim().toLowerCase();
  return v.startsWith('dis') || v === 'false' ? 'false' : 'true';
}

/** ag-grid's filter model (one text condition per column) as index filters; anything else is ignored. */
export function indexFilters(filterModel: unknown): IndexFilter[] {
  if (!filterModel || typeof filterModel !== 'object') return [];
  const filters: IndexFilter[] = [];
  for (const [colId, model] of Object.entries(filterModel as Record<string, unknown>)) {
    const field = indexField(colId);
    if (!field || !model || typeof model !== 'object') continue;
    const { type, filter } = model as { type?: unknown; filter?: unknown };
    if (!isOp(type) || typeof filter !== 'string' || filter === '') continue;
    const op = field === 'enabled' ? 'equals' : type;
    filters.push({ field, op, value: filterValue(field, filter).slice(0, 2048) });
  }
  return filters.slice(0, 20);
}

/** The search and filters of the grid: what "select all matching" and the count are about. */
export function indexSelection(search: string, filterModel: unknown): IndexSelection {
  const trimmed = search.trim().slice(0, 256);
  const filters = indexFilters(filterModel);
  return { ...(trimmed ? { search: trimmed } : {}), ...(filters.length ? { filters } : {}) };
}

/** One block of rows as an index query. */
export function blockQuery(request: BlockRequest, search: string): IndexQuery {
  const sort = request.sortModel[0];
  const field = sort ? indexField(sort.colId) : undefined;
  return {
    ...indexSelection(search, request.filterModel),
    ...(sort && field ? { sort: { field, direction: sort.sort } } : {}),
    offset: request.startRow,
    limit: Math.min(1000, Math.max(1, request.endRow - request.startRow)),
  };
}

/** The grid's last row for a block answer: known when the total is exact or the block came back short. */
export function lastRowOf(request: BlockRequest, page: { rows: unknown[]; total: number; totalIsLowerBound: boolean }) {
  if (!page.totalIsLowerBound) return page.total;
  if (page.rows.length < request.endRow - request.startRow) return request.startRow + page.rows.length;
  return undefined;
}

/** How many users match the grid's search and filters: exact, or "at least" while the count runs. */
export interface MatchCount {
  key: string;
  total: number;
  exact: boolean;
}

/**
 * The count after a block's answer, where `key` is the selection the block was asked for (read before the
 * request: the search may change while it is out). An exact count of the same selection is kept; any other is
 * replaced, so an answer for an older search never stands as the count of a newer one.
 */
export function countAfterBlock(
  previous: MatchCount | undefined,
  key: string,
  page: { total: number; totalIsLowerBound: boolean },
): MatchCount {
  const exact = !page.totalIsLowerBound;
  if (previous?.key === key && (previous.exact || !exact)) return previous;
  return { key, total: page.total, exact };
}

/** `"sales" and email starts with "a"`: the selection in words, for counts and confirmations. */
export function describeSelection(selection: IndexSelection): string {
  const parts: string[] = [];
  if (selection.search) parts.push(`"${selection.search}"`);
  for (const f of selection.filters ?? []) {
    const op = f.op === 'startsWith' ? 'starts with' : f.op;
    parts.push(`${f.field} ${op} "${f.value}"`);
  }
  return parts.join(' and ') || 'everything';
}
