import type { ColDef, GetRowIdFunc, GridApi, RowClickedEvent, SelectionChangedEvent } from 'ag-grid-community';
import { AllCommunityModule, ModuleRegistry, colorSchemeDark, colorSchemeLight, themeQuartz } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { cspNonce } from '../lib/csp-nonce';

ModuleRegistry.registerModules([AllCommunityModule]);

const base = themeQuartz.withParams({
  fontFamily: ['Open Sans', 'Helvetica Neue', 'Roboto', 'Arial', 'sans-serif'],
  fontSize: 14,
  headerFontWeight: 700,
  spacing: 6,
  wrapperBorderRadius: 8,
  accentColor: '#006ce0',
});
const THEMES = {
  light: base.withPart(colorSchemeLight),
  dark: base
    .withPart(colorSchemeDark)
    .withParams({ backgroundColor: '#0f141a', headerBackgroundColor: '#161d26', accentColor: '#42b4ff' }),
};

interface Props<T> {
  rows: T[];
  columns: ColDef<T>[];
  getRowId: GetRowIdFunc<T>;
  theme: 'light' | 'dark';
  quickFilter: string;
  loading: boolean;
  noRows: () => React.ReactNode;
  onSelectionChanged?: (rows: T[]) => void;
  onRowClicked?: (row: T) => void;
  onGridReady?: (api: GridApi<T>) => void;
  label: string;
}

/** The one ag-grid setup every grid uses: theme next to Cloudscape, CSP nonce, keyboard-friendly single selection. */
export function DataGrid<T>(props: Props<T>) {
  const nonce = useMemo(() => cspNonce(), []);
  const defaultColDef = useMemo<ColDef<T>>(
    () => ({ sortable: true, resizable: true, filter: true, flex: 1, minWidth: 120 }),
    [],
  );
  return (
    <div className="grid-frame" aria-label={props.label} role="region">
      <AgGridReact<T>
        theme={THEMES[props.theme]}
        styleNonce={nonce}
        rowData={props.rows}
        columnDefs={props.columns}
        defaultColDef={defaultColDef}
        getRowId={props.getRowId}
        quickFilterText={props.quickFilter}
        loading={props.loading}
        rowSelection={{ mode: 'singleRow', enableClickSelection: true, checkboxes: false }}
        noRowsOverlayComponent={props.noRows}
        onSelectionChanged={(e: SelectionChangedEvent<T>) => props.onSelectionChanged?.(e.api.getSelectedRows())}
        onRowClicked={(e: RowClickedEvent<T>) => {
          if (e.data) props.onRowClicked?.(e.data);
        }}
        onGridReady={(e) => props.onGridReady?.(e.api)}
        animateRows={false}
        suppressCellFocus={false}
      />
    </div>
  );
}
