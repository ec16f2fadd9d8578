import type {
  ColDef,
  GetRowIdFunc,
  GridApi,
  IDatasource,
  IGetRowsParams,
  IRowNode,
  SelectionChangedEvent,
} from 'ag-grid-community';
import { createGrid } from 'ag-grid-community';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { cspNonce } from '../lib/csp-nonce';
import { usePinning } from './grid-pinning';
import { GRID_THEMES, MIN_COLUMN_WIDTH, MULTI_SELECTION, rowOpeners } from './grid-theme';

export interface Block<T> {
  rows: T[];
  /** The number of rows in all, once known; undefined lets the grid keep asking as the user scrolls. */
  lastRow: number | undefined;
}

interface Props<T> {
  columns: ColDef<T>[];
  getRowId: GetRowIdFunc<T>;
  theme: 'light' | 'dark';
  label: string;
  /** One block of rows: startRow..endRow in the grid's sort and filter model. */
  fetch: (params: IGetRowsParams<T>) => Promise<Block<T>>;
  /** A new value drops every cached block and asks again (a new search, a sync that ended). */
  version: number;
  /** A new value asks again for the blocks in the cache, keeping the scroll position (rows changed in place). */
  reload?: number;
  /**
   * Everything that matches is selected (a query the screen keeps): every loaded row shows checked. Unchecking one
   * reports the rows still checked, as a selection of loaded rows.
   */
  allSelected?: boolean;
  onSelectionChanged?: (rows: T[]) => void;
  onRowClicked?: (row: T) => void;
  onGridReady?: (api: GridApi<T>) => void;
  onFetchError?: (error: unknown) => void;
}

/** Rows per block, and how many blocks the window keeps: the renderer holds at most 100 x 50 rows, never the pool. */
const BLOCK_SIZE = 100;
const MAX_BLOCKS = 50;

/**
 * ag-grid's infinite row model over an async source (the users' local index in main): sorting and filtering are
 * the source's, selection checkboxes select loaded rows, the header box is off (selecting everything that matches
 * is a query the screen offers beside the grid; while it holds, the loaded rows show checked).
 */
export function InfiniteGrid<T>(props: Props<T>) {
  const nonce = useMemo(() => cspNonce(), []);
  const api = useRef<GridApi<T> | undefined>(undefined);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A new search starts at its first row, not where the old one was scrolled to.
    api.current?.ensureIndexVisible(0, 'top');
    api.current?.purgeInfiniteCache();
  }, [props.version]);
  const reloaded = useRef(props.reload);
  useEffect(() => {
    if (reloaded.current === props.reload) return;
    reloaded.current = props.reload;
    api.current?.refreshInfiniteCache();
  }, [props.reload]);

  // True while the grid's checked rows are the ones checked for "all selected", not the user's own choice.
  const autoSelected = useRef(false);
  const selectLoaded = useCallback((): void => {
    const grid = api.current;
    if (!grid || !latest.current.allSelected) return;
    const nodes: IRowNode<T>[] = [];
    grid.forEachNode((node) => {
      if (node.data !== undefined && !node.isSelected()) nodes.push(node);
    });
    autoSelected.current = true;
    if (nodes.length > 0) grid.setNodesSelected({ nodes, newValue: true, source: 'api' });
  }, []);
  useEffect(() => {
    if (props.allSelected) selectLoaded();
    else if (autoSelected.current) {
      autoSelected.current = false;
      api.current?.deselectAll('all', 'api');
    }
  }, [props.allSelected, selectLoaded]);

  const stable = useMemo(() => {
    const datasource: IDatasource = {
      getRows: (params: IGetRowsParams<T>) => {
        latest.current.fetch(params).then(
          (block) => {
            params.successCallback(block.rows, block.lastRow);
            // Rows arriving while everything is selected arrive checked.
            selectLoaded();
          },
          (error: unknown) => {
            params.failCallback();
            latest.current.onFetchError?.(error);
          },
        );
      },
    };
    return {
      datasource,
      getRowId: ((p) => latest.current.getRowId(p)) satisfies GetRowIdFunc<T>,
      onSelectionChanged: (e: SelectionChangedEvent<T>) => {
        // The grid's own checking of loaded rows for "all selected" is not a choice of the user's.
        if (e.source === 'api' && latest.current.allSelected) return;
        if (e.source !== 'api') autoSelected.current = false;
        latest.current.onSelectionChanged?.(e.api.getSelectedRows());
      },
      // eslint-disable-next-line react-hooks/refs -- read only in ag-grid event handlers, never during render
      ...rowOpeners<T>(() => latest.current.onRowClicked),
      onGridReady: (e: { api: GridApi<T> }) => {
        api.current = e.api;
        latest.current.onGridReady?.(e.api);
      },
    };
  }, [selectLoaded]);
  // The grid is ag-grid's own (createGrid), not AgGridReact: at a brisk scroll ag-grid-react's React cells cost
  // ~15 ms of every frame on top of ag-grid's DOM work, enough for tasks over 50 ms (users-index-large.spec). The
  // columns here use value getters and formatters only, so nothing needs React inside a cell.
  const host = useRef<HTMLDivElement>(null);
  const pinning = usePinning(host, props.columns, { selection: true });
  const columns = useRef(pinning.columns);
  const selectionColumn = useRef(pinning.selectionColumn);
  const theme = useRef(props.theme);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const grid = createGrid<T>(element, {
      theme: GRID_THEMES[theme.current],
      styleNonce: nonce,
      rowModelType: 'infinite',
      datasource: stable.datasource,
      cacheBlockSize: BLOCK_SIZE,
      maxBlocksInCache: MAX_BLOCKS,
      maxConcurrentDatasourceRequests: 2,
      infiniteInitialRowCount: BLOCK_SIZE,
      blockLoadDebounceMillis: 50,
      // Rows drawn beyond the viewport on each side (ag-grid's default is 10): a jump of the scrollbar draws
      // every row anew, and 5 keeps that frame's style and layout work under a long task's 50 ms.
      rowBuffer: 5,
      columnDefs: columns.current,
      defaultColDef: { resizable: true, flex: 1, minWidth: MIN_COLUMN_WIDTH },
      getRowId: stable.getRowId,
      rowSelection: { ...MULTI_SELECTION, headerCheckbox: false },
      selectionColumnDef: selectionColumn.current,
      onColumnResized: pinning.onColumnResized,
      onSelectionChanged: stable.onSelectionChanged,
      onRowClicked: stable.onRowClicked,
      onCellKeyDown: stable.onCellKeyDown,
      onGridReady: stable.onGridReady,
      animateRows: false,
    });
    api.current = grid;
    return () => {
      api.current = undefined;
      grid.destroy();
    };
  }, [nonce, stable, pinning.onColumnResized]);
  useEffect(() => {
    if (columns.current === pinning.columns) return;
    columns.current = pinning.columns;
    api.current?.setGridOption('columnDefs', pinning.columns);
  }, [pinning.columns]);
  useEffect(() => {
    if (selectionColumn.current === pinning.selectionColumn) return;
    selectionColumn.current = pinning.selectionColumn;
    api.current?.setGridOption('selectionColumnDef', pinning.selectionColumn);
  }, [pinning.selectionColumn]);
  useEffect(() => {
    if (theme.current === props.theme) return;
    theme.current = props.theme;
    api.current?.setGridOption('theme', GRID_THEMES[props.theme]);
  }, [props.theme]);
  return <div className="grid-frame" aria-label={props.label} role="region" ref={host} />;
}
