import type {
  ColDef,
  GetRowIdFunc,
  GridApi,
  IRowNode,
  RowSelectionOptions,
  SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { cspNonce } from '../lib/csp-nonce';
import { usePinning } from './grid-pinning';
import { GRID_THEMES, MIN_COLUMN_WIDTH, MULTI_SELECTION, rowOpeners } from './grid-theme';

interface Props<T> {
  rows: T[];
  columns: ColDef<T>[];
  getRowId: GetRowIdFunc<T>;
  theme: 'light' | 'dark';
  quickFilter?: string;
  /** A filter computed outside the grid (e.g. the users' local index); a new function re-filters. */
  isRowVisible?: (row: T) => boolean;
  /** 'multi' adds checkboxes (header box selects the filtered rows); a click on a row still opens it. */
  selection?: 'single' | 'multi';
  /** With 'multi': show the select-all box in the header (default). Large grids turn it off to keep filtering fast. */
  headerCheckbox?: boolean;
  loading: boolean;
  noRows: () => React.ReactNode;
  onSelectionChanged?: (rows: T[]) => void;
  onRowClicked?: (row: T) => void;
  onGridReady?: (api: GridApi<T>) => void;
  label: string;
  /** Overrides the frame's default (most of the window), e.g. for a grid above another grid. */
  height?: number;
}

const SINGLE: RowSelectionOptions = { mode: 'singleRow', enableClickSelection: true, checkboxes: false };
const MULTI = MULTI_SELECTION;
// The header box re-checks every filtered row's selection after each filter change (~30 ms per keystroke at 100k).
const MULTI_NO_HEADER: RowSelectionOptions = { ...MULTI, headerCheckbox: false };

/** The one ag-grid setup every grid uses: theme next to Cloudscape, CSP nonce, keyboard-friendly selection. */
export function DataGrid<T>(props: Props<T>) {
  const nonce = useMemo(() => cspNonce(), []);
  const api = useRef<GridApi<T> | undefined>(undefined);
  // ag-grid reacts to every new callback prop (some it only reads once): hand it stable functions that call
  // the latest props, so a parent re-render (a keystroke in a 100k-row filter) costs ag-grid nothing.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  useEffect(() => {
    api.current?.onFilterChanged();
  }, [props.isRowVisible]);
  const stable = useMemo(
    () => ({
      getRowId: ((p) => latest.current.getRowId(p)) satisfies GetRowIdFunc<T>,
      isExternalFilterPresent: () => latest.current.isRowVisible !== undefined,
      doesExternalFilterPass: (node: IRowNode<T>) => {
        const visible = latest.current.isRowVisible;
        return !node.data || !visible || visible(node.data);
      },
      noRows: () => latest.current.noRows(),
      onSelectionChanged: (e: SelectionChangedEvent<T>) => latest.current.onSelectionChanged?.(e.api.getSelectedRows()),
      // eslint-disable-next-line react-hooks/refs -- read only in ag-grid event handlers, never during render
      ...rowOpeners<T>(() => latest.current.onRowClicked),
      onGridReady: (e: { api: GridApi<T> }) => {
        api.current = e.api;
        latest.current.onGridReady?.(e.api);
      },
    }),
    [],
  );
  const defaultColDef = useMemo<ColDef<T>>(
    () => ({ sortable: true, resizable: true, filter: true, flex: 1, minWidth: MIN_COLUMN_WIDTH }),
    [],
  );
  const frame = useRef<HTMLDivElement>(null);
  const pinning = usePinning(frame, props.columns, { selection: props.selection === 'multi' });
  return (
    <div
      ref={frame}
      className="grid-frame"
      aria-label={props.label}
      role="region"
      style={props.height ? { height: props.height, minHeight: 0 } : undefined}
    >
      <AgGridReact<T>
        theme={GRID_THEMES[props.theme]}
        styleNonce={nonce}
        rowData={props.rows}
        columnDefs={pinning.columns}
        defaultColDef={defaultColDef}
        getRowId={stable.getRowId}
        quickFilterText={props.quickFilter}
        loading={props.loading}
        rowSelection={props.selection === 'multi' ? (props.headerCheckbox === false ? MULTI_NO_HEADER : MULTI) : SINGLE}
        selectionColumnDef={pinning.selectionColumn}
        onColumnResized={pinning.onColumnResized}
        isExternalFilterPresent={stable.isExternalFilterPresent}
        doesExternalFilterPass={stable.doesExternalFilterPass}
        noRowsOverlayComponent={stable.noRows}
        onSelectionChanged={stable.onSelectionChanged}
        onRowClicked={stable.onRowClicked}
        onCellKeyDown={stable.onCellKeyDown}
        onGridReady={stable.onGridReady}
        animateRows={false}
        suppressCellFocus={false}
      />
    </div>
  );
}
