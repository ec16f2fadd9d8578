import type { ColDef } from 'ag-grid-community';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { UserRow } from '../../../shared/model/users';
import { ColumnChooser } from './column-chooser';
import { chosenColumns, resolveColumns, useColumnPrefs, useStickyUsername } from './column-prefs';
import type { ColumnOption } from './user-columns';
import { columnDef, columnOptions, stickUsername } from './user-columns';

/**
 * A users grid's columns for one pool and the chooser that sets them: the attributes present, in the order and
 * visibility chosen for the pool, Username pinned when the user keeps it in view. `column` (module-level, so it
 * stays the same function) turns a chooser option into the grid's column.
 */
export function useUserColumns(
  userPoolId: string,
  attributes: readonly string[],
  column: (option: ColumnOption) => ColDef<UserRow> = columnDef,
): { columns: ColDef<UserRow>[]; chooser: ReactNode } {
  const [saved, save] = useColumnPrefs(`users.${userPoolId}`);
  const [sticky, setSticky] = useStickyUsername();
  const options = useMemo(() => columnOptions(attributes), [attributes]);
  const prefs = useMemo(() => resolveColumns(options, saved), [options, saved]);
  const columns = useMemo(
    () => stickUsername(chosenColumns(options, prefs, column), sticky),
    [options, prefs, column, sticky],
  );
  const chooser = (
    <ColumnChooser options={options} value={prefs} onChange={save} sticky={sticky} onStickyChange={setSticky} />
  );
  return { columns, chooser };
}
