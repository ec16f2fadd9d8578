import type { GridApi, IGetRowsParams } from 'ag-grid-community';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { IndexSelection } from '../../../shared/model/user-index';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import { call } from '../../api';
import type { Block } from '../../components/infinite-grid';
import { attributeNames, orderAttributes } from './user-columns';
import type { MatchCount } from './index-query';
import { blockQuery, countAfterBlock, indexSelection, lastRowOf } from './index-query';

const SEARCH_DEBOUNCE_MS = 150;

/**
 * The state behind the index grid: the search (debounced), the filter model, the blocks asked of main, the
 * attribute names seen so far (for columns), the exact count of matches (asked in the background when a block's
 * total only says "at least"), and the time the last first block took.
 */
export function useIndexGrid(poolRef: PoolRef, quick: string, refreshKey: string) {
  const [search, setSearch] = useState(quick);
  useEffect(() => {
    const t = setTimeout(() => setSearch(quick), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [quick]);
  const [filterModel, setFilterModel] = useState<unknown>({});
  const selection: IndexSelection = useMemo(() => indexSelection(search, filterModel), [search, filterModel]);
  const selectionKey = JSON.stringify(selection);
  const [count, setCount] = useState<MatchCount | undefined>();
  const [attributes, setAttributes] = useState<string[]>([]);
  const [queryMs, setQueryMs] = useState<number | undefined>();
  const [version, setVersion] = useState(0);
  const api = useRef<GridApi<UserRow> | undefined>(undefined);
  const searchRef = useRef(search);
  const currentKey = useRef(selectionKey);
  useLayoutEffect(() => {
    searchRef.current = search;
    currentKey.current = selectionKey;
  }, [search, selectionKey]);
  const seen = useRef(new Set<string>());
  const counting = useRef(new Set<string>());

  // A new search, or a sync that changed the index: every cached block is stale.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    counting.current.clear();
    setVersion((v) => v + 1);
  }, [search, refreshKey]);

  const learn = useCallback((rows: UserRow[]) => {
    const names = attributeNames(rows).filter((n) => !seen.current.has(n));
    if (names.length === 0) return;
    for (const n of names) seen.current.add(n);
    setAttributes(orderAttributes(seen.current));
  }, []);

  const countExactly = useCallback(
    async (key: string, wanted: IndexSelection) => {
      const { total } = await call('userIndex:count', { ...poolRef, selection: wanted });
      setCount((c) => (c?.key === key ? { key, total, exact: true } : c));
      // Only the grid's current selection sets its row count: an older search's count may come back late.
      if (currentKey.current === key) api.current?.setRowCount(total, true);
    },
    [poolRef],
  );

  const fetch = useCallback(
    async (params: IGetRowsParams<UserRow>): Promise<Block<UserRow>> => {
      const request = {
        startRow: params.startRow,
        endRow: params.endRow,
        sortModel: params.sortModel,
        filterModel: params.filterModel as unknown,
      };
      // The selection this block is asked for, read before the request: the search can change while it is out,
      // and the total that comes back belongs to this one (a million-user count under a new search's name, once).
      const search = searchRef.current;
      const query = blockQuery(request, search);
      const wanted = indexSelection(search, request.filterModel);
      const key = JSON.stringify(wanted);
      const t0 = performance.now();
      const page = await call('userIndex:query', { ...poolRef, query });
      learn(page.rows);
      // The first block's time only: setting state for every block re-rendered the whole view while scrolling.
      if (params.startRow === 0) setQueryMs(performance.now() - t0);
      // Any block tells the count (a new search may be asked from where the grid was scrolled, not from row 0):
      // exact when the index knew it, else "at least" and the exact count is asked once per search.
      setCount((c) => countAfterBlock(c, key, page));
      if (page.totalIsLowerBound && !counting.current.has(key)) {
        counting.current.add(key);
        void countExactly(key, wanted).catch(() => counting.current.delete(key));
      }
      return { rows: page.rows, lastRow: lastRowOf(request, page) };
    },
    [poolRef, learn, countExactly],
  );

  const onGridReady = useCallback((grid: GridApi<UserRow>) => {
    api.current = grid;
    grid.addEventListener('filterChanged', () => setFilterModel(grid.getFilterModel()));
  }, []);

  const refresh = useCallback(() => {
    counting.current.clear();
    setVersion((v) => v + 1);
  }, []);
  const clearSelection = useCallback(() => api.current?.deselectAll(), []);
  const current = count?.key === selectionKey ? count : undefined;
  return { selection, count: current, attributes, queryMs, version, fetch, onGridReady, refresh, clearSelection };
}
