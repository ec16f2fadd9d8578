import type { ColDef, ColumnResizedEvent, GridApi } from 'ag-grid-community';
import type { RefObject } from 'react';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { MIN_COLUMN_WIDTH, SELECTION_COLUMN } from './grid-theme';

/** Room for the vertical scrollbar and the frame's borders. */
const GUTTER = 24;

/**
 * The narrowest the visible columns can be drawn: a column's fixed width, else its minimum (flex columns shrink
 * to it), else the grid's default minimum; plus the selection column's width when there is one.
 */
export function narrowestWidth<T>(columns: ColDef<T>[], defaultMinWidth: number, selection: boolean): number {
  let width = selection ? SELECTION_COLUMN.width : 0;
  for (const column of columns) {
    if (column.hide === true) continue;
    width += column.width ?? column.minWidth ?? defaultMinWidth;
  }
  return width;
}

/** Whether the scrolling columns are wider than their viewport (after the user dragged one wider, say). */
export function scrollsSideways<T>(api: GridApi<T>): boolean {
  const { left, right } = api.getHorizontalPixelRange();
  const width = api.getDisplayedCenterColumns().reduce((sum, column) => sum + column.getActualWidth(), 0);
  return width > right - left + 1;
}

/**
 * The columns as drawn, and the checkbox column to go with them. Pinned columns are not free in ag-grid: every row
 * then carries a `position: sticky` section, and a fast scroll through a million-row index spent about twice the
 * layout, style and paint time with the username and checkbox columns pinned (users-index-large.spec traces). So a
 * column asks to be pinned (the user's "Keep Username in view"), and is pinned only while that changes something:
 * the grid is too narrow for the columns, or the user dragged them wider than it. The checkbox column is pinned
 * with it, so it stays at the far left.
 */
export function usePinning<T>(
  host: RefObject<HTMLElement | null>,
  columns: ColDef<T>[],
  options: { selection: boolean },
) {
  const [hostWidth, setHostWidth] = useState<number>();
  const [draggedWide, setDraggedWide] = useState(false);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    // Its first report comes as soon as it observes, before the grid is painted.
    const observer = new ResizeObserver(() => setHostWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [host]);
  const needed = narrowestWidth(columns, MIN_COLUMN_WIDTH, options.selection);
  const pinnedAny = columns.some((c) => c.pinned && c.hide !== true);
  // Unpinned while nothing asks for it (no pinned column) or it would change nothing (everything fits).
  const unpinned = !pinnedAny || (!draggedWide && hostWidth !== undefined && needed + GUTTER <= hostWidth);
  const shown = useMemo(
    // null, not left out: ag-grid keeps a column's pinning when a new definition does not mention it.
    () => (unpinned ? columns.map((c) => (c.pinned === null ? c : { ...c, pinned: null })) : columns),
    [columns, unpinned],
  );
  const selectionColumn = useMemo(
    () => (unpinned ? { ...SELECTION_COLUMN, pinned: null } : SELECTION_COLUMN),
    [unpinned],
  );
  /** For ag-grid's onColumnResized: a finished drag by the user re-decides with the widths it left. */
  const onColumnResized = useCallback((event: ColumnResizedEvent<T>) => {
    if (event.finished && event.source === 'uiColumnResized') setDraggedWide(scrollsSideways(event.api));
  }, []);
  return { columns: shown, selectionColumn, onColumnResized };
}
