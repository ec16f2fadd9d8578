import type {
  CellKeyDownEvent,
  FullWidthCellKeyDownEvent,
  MultiRowSelectionOptions,
  RowClickedEvent,
} from 'ag-grid-community';
import {
  AllCommunityModule,
  ModuleRegistry,
  PinnedRowModule,
  colorSchemeDark,
  colorSchemeLight,
  themeQuartz,
} from 'ag-grid-community';

// Every community module but pinned rows, which no grid here has: with it, ag-grid's pinned-row model announces a
// height change on every frame of a scroll, and each announcement re-measures the viewport in the next animation
// frame (a forced layout per frame, the largest script cost of a fast scroll in users-index-large.spec).
ModuleRegistry.registerModules((AllCommunityModule.dependsOn ?? []).filter((m) => m !== PinnedRowModule));

const base = themeQuartz.withParams({
  fontFamily: ['Open Sans', 'Helvetica Neue', 'Roboto', 'Arial', 'sans-serif'],
  fontSize: 14,
  headerFontWeight: 700,
  spacing: 6,
  wrapperBorderRadius: 8,
  accentColor: '#006ce0',
});

/** The ag-grid themes next to Cloudscape's light and dark modes; every grid uses these. */
export const GRID_THEMES = {
  light: base.withPart(colorSchemeLight),
  dark: base
    .withPart(colorSchemeDark)
    .withParams({ backgroundColor: '#0f141a', headerBackgroundColor: '#161d26', accentColor: '#42b4ff' }),
};

/** The narrowest a column without its own minimum gets (every grid's default column). */
export const MIN_COLUMN_WIDTH = 120;

// The checkbox column stays at the far left, before a pinned first column.
export const SELECTION_COLUMN = { pinned: 'left' as const, width: 52, maxWidth: 52, resizable: false, sortable: false };

export const MULTI_SELECTION: MultiRowSelectionOptions = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  selectAll: 'filtered',
  enableClickSelection: false,
};

/** A click on the selection checkbox selects; it does not open the row. */
export function isCheckboxClick(event: Event | null | undefined): boolean {
  const target = event?.target;
  return target instanceof Element && target.closest('.ag-selection-checkbox, .ag-checkbox') !== null;
}

/**
 * Opening a row: a click (not on its checkbox) or Enter on a focused cell, as a click does: every action reachable
 * from the keyboard. `open` reads the latest props, so the handlers stay stable for ag-grid.
 */
export function rowOpeners<T>(open: () => ((row: T) => void) | undefined) {
  return {
    onRowClicked: (e: RowClickedEvent<T>) => {
      if (isCheckboxClick(e.event)) return;
      if (e.data) open()?.(e.data);
    },
    onCellKeyDown: (e: CellKeyDownEvent<T> | FullWidthCellKeyDownEvent<T>) => {
      const key = e.event instanceof KeyboardEvent ? e.event.key : undefined;
      if (key === 'Enter' && e.data) open()?.(e.data);
    },
  };
}
