import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import { DataGrid } from '../../components/data-grid';
import { ErrorAlert } from '../../components/error-alert';
import { usePanel } from '../../stores/users-panel';
import { LIVE_ROW_CAP, loadKey, useUsers } from '../../stores/users';
import { LoadProgress } from './load-progress';
import { ReadMfaButton } from './read-mfa-button';
import { ServerSearch } from './server-search';
import { UserActionsBar } from './user-actions-bar';
import { UsersSearchBox } from './users-search-box';
import { attributeNames, searchableValues } from './user-columns';
import { useUserColumns } from './use-user-columns';
import { buildUserIndex, timed } from './user-index';

const count = new Intl.NumberFormat();
const NO_ROWS: UserRow[] = [];
const HEADER_CHECKBOX_LIMIT = 20_000;

interface Props {
  poolRef: PoolRef;
  theme: 'light' | 'dark';
  /** The local index's status line, under the header. */
  statusBar: ReactNode;
  quick: string;
  setQuick: (quick: string) => void;
}

/**
 * The users of a pool from Cognito: every page of ListUsers streamed into one virtualized grid, searchable on any
 * attribute at once. Rows show as the first page arrives, whatever the pool's size.
 */
export function LiveUsersView({ poolRef: ref, theme, statusBar, quick, setQuick }: Props) {
  const { userPoolId } = ref;
  const { key, rows: loadedRows, loaded, estimated, loading, capped, error, filter, load } = useUsers();
  const openPanel = usePanel((s) => s.open);
  const [selected, setSelected] = useState<UserRow[]>([]);

  // Rows belong to the profile+region+pool they were loaded for; never show another pool's users here.
  const mine = key === loadKey(ref, filter);
  const rows = useMemo(() => (mine ? loadedRows : NO_ROWS), [mine, loadedRows]);

  useEffect(() => {
    const current = useUsers.getState();
    if (current.key !== loadKey(ref, current.filter)) void load(ref);
  }, [ref, load]);

  const reload = useCallback(() => void load(ref, filter), [load, ref, filter]);

  // The index is built when the load ends (so the first keystroke is instant) or, mid-load, when a search is typed.
  // The box shows each keystroke at once; the search and the grid's re-filter follow at a lower priority, so fast
  // typing in a 100k-row pool skips the intermediate queries instead of filtering the grid for each of them.
  const query = useDeferredValue(quick);
  const searching = query.trim() !== '';
  const indexWanted = searching || !loading;
  // Keyed on indexWanted, not on searching: clearing and retyping the filter must not rebuild a built index.
  const index = useMemo(() => (indexWanted ? buildUserIndex(rows, searchableValues) : undefined), [rows, indexWanted]);
  const [matches, filterMs] = useMemo(() => {
    if (!index || !searching) return [undefined, undefined];
    return timed(() => index.search(query));
  }, [index, query, searching]);
  const isRowVisible = useMemo(() => {
    if (!matches) return undefined;
    const set = new Set(matches);
    return (row: UserRow) => set.has(row);
  }, [matches]);

  const attributes = useMemo(() => attributeNames(rows), [rows]);
  const { columns, chooser } = useUserColumns(userPoolId, attributes);

  const total = rows.length;
  const countText =
    (matches ? `${count.format(matches.length)} of ${count.format(total)} users` : `${count.format(total)} users`) +
    (selected.length ? `, ${count.format(selected.length)} selected` : '');

  return (
    <SpaceBetween size="m">
      <Header
        variant="h2"
        counter={loading && total === 0 ? undefined : `(${count.format(total)})`}
        description={
          filter
            ? `Server search: ${filter.attribute} ${filter.operator} "${filter.value}"`
            : 'All users of the pool, every page of ListUsers.'
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="refresh" ariaLabel="Refresh users" onClick={reload} loading={loading} />
            <UserActionsBar
              poolRef={ref}
              scope={{ selected, matches, filter, total: rows.length }}
              onChanged={reload}
            />
            {chooser}
          </SpaceBetween>
        }
      >
        Users
      </Header>
      {statusBar}
      {error && mine ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {capped && mine ? (
        <Alert type="info" header={`Showing the first ${count.format(LIVE_ROW_CAP)} users from Cognito`}>
          The pool has {estimated ? `about ${count.format(estimated)}` : 'more'} users. Build the local index to search,
          sort and page every one of them on this computer without loading them into the window.
        </Alert>
      ) : null}
      {loading && mine ? <LoadProgress loaded={loaded} estimated={filter ? undefined : estimated} /> : null}
      <SpaceBetween direction="horizontal" size="m" alignItems="center">
        <UsersSearchBox value={quick} onChange={setQuick} timing={{ 'data-filter-ms': filterMs?.toFixed(1) }} />
        <ServerSearch active={filter} disabled={false} onSearch={(f) => void load(ref, f)} />
        <ReadMfaButton poolRef={ref} selected={selected} />
      </SpaceBetween>
      <Box variant="small" data-testid="users-count">
        {countText}
      </Box>
      <DataGrid<UserRow>
        label="Users"
        rows={rows}
        columns={columns}
        getRowId={(p) => p.data.username}
        theme={theme}
        isRowVisible={isRowVisible}
        selection="multi"
        // Past this size select-all costs every keystroke; "users matching the quick filter" is a bulk scope anyway.
        headerCheckbox={total <= HEADER_CHECKBOX_LIMIT}
        loading={loading && total === 0}
        onSelectionChanged={setSelected}
        onRowClicked={(row) => openPanel({ kind: 'user', ref, username: row.username, label: row.attributes.email })}
        noRows={() => (
          <Box textAlign="center" color="inherit">
            <b>No users</b>
            <Box variant="p" color="inherit">
              {filter ? 'Nobody matches the server search. Clear it to see every user.' : 'Create the first user.'}
            </Box>
          </Box>
        )}
      />
    </SpaceBetween>
  );
}
