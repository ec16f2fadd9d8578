import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ColDef } from 'ag-grid-community';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { IndexStatusView } from '../../../shared/model/user-index';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import { toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { InfiniteGrid } from '../../components/infinite-grid';
import { useIndexStatus } from '../../stores/index-status';
import { poolKey } from '../../stores/pool-key';
import { useUi } from '../../stores/ui';
import { usePanel } from '../../stores/users-panel';
import { INDEX_FILTER_OPTIONS, describeSelection, indexField } from './index-query';
import type { ScopeInput } from './job-scope';
import { useIndexGrid } from './use-index-grid';
import { UserActionsBar } from './user-actions-bar';
import { UsersSearchBox } from './users-search-box';
import type { ColumnOption } from './user-columns';
import { columnDef } from './user-columns';
import { useUserColumns } from './use-user-columns';

const count = new Intl.NumberFormat();

interface Props {
  poolRef: PoolRef;
  theme: 'light' | 'dark';
  status: IndexStatusView;
  statusBar: ReactNode;
  quick: string;
  setQuick: (quick: string) => void;
}

/** A grid column in index mode: sorting and text filters only where the index can answer them. */
function indexColumn(def: ColDef<UserRow>, colId: string): ColDef<UserRow> {
  const field = indexField(colId);
  if (!field) return { ...def, sortable: false, filter: false };
  return {
    ...def,
    sortable: true,
    filter: 'agTextColumnFilter',
    filterParams: { filterOptions: [...INDEX_FILTER_OPTIONS], maxNumConditions: 1 },
  };
}

const indexColumnOf = (option: ColumnOption): ColDef<UserRow> => indexColumn(columnDef(option), option.id);

/**
 * The users of a pool from its local index in main: the grid asks for blocks of 100 (search, sort and filters done
 * in SQLite), so the window holds a few thousand rows whatever the pool's size. "Select all matching" is the query.
 */
export function IndexUsersView({ poolRef, theme, status, statusBar, quick, setQuick }: Props) {
  const openPanel = usePanel((s) => s.open);
  const toast = useUi((s) => s.toast);
  const [selected, setSelected] = useState<UserRow[]>([]);
  // "All matching" is about one search and filter set: a new one ends it.
  const [allMatchingOf, setAllMatchingOf] = useState<string>();
  const [error, setError] = useState<ReturnType<typeof toApiError>>();
  // A sync that ended starts the grid over; the console's own edits reload the blocks in place (`edits`).
  const grid = useIndexGrid(poolRef, quick, status.lastCompleteAt ?? '');
  const edited = useIndexStatus((s) => s.edited);
  const edits = useIndexStatus((s) => s.edits[poolKey(poolRef)] ?? 0);
  const selectionKey = JSON.stringify(grid.selection);
  const allMatching = allMatchingOf === selectionKey;
  const setAllMatching = (on: boolean): void => setAllMatchingOf(on ? selectionKey : undefined);

  const { columns, chooser } = useUserColumns(poolRef.userPoolId, grid.attributes, indexColumnOf);

  const restricted = grid.selection.search !== undefined || grid.selection.filters !== undefined;
  const matchCount = restricted ? grid.count : { total: status.users, exact: true };
  const description = describeSelection(grid.selection);
  const scope: Omit<ScopeInput, 'poolName'> = {
    selected: allMatching ? [] : selected,
    matches: undefined,
    ...(restricted
      ? {
          indexMatches: {
            selection: grid.selection,
            count: grid.count?.exact ? grid.count.total : undefined,
            description,
          },
        }
      : {}),
    filter: undefined,
    total: status.users,
    totalFrom: 'index',
  };

  const counted = matchCount ? `${matchCount.exact ? '' : 'at least '}${count.format(matchCount.total)}` : '…';
  const countText = allMatching
    ? `All ${counted} ${restricted ? 'matching users' : 'users'} selected`
    : (restricted ? `${counted} of ${count.format(status.users)} users match` : `${count.format(status.users)} users`) +
      (selected.length ? `, ${count.format(selected.length)} selected` : '');

  return (
    <SpaceBetween size="m">
      <Header
        variant="h2"
        counter={`(${count.format(status.users)})`}
        description="From the local index on this computer: search, sort and filter every user without calling Cognito."
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <UserActionsBar
              poolRef={poolRef}
              scope={scope}
              onChanged={(what) => {
                // Main wrote the job's changes into the index as it went; imports and password resets it cannot
                // know without reading every user back, which the next sync does.
                edited(poolRef);
                if (what === 'import' || what === 'reset-password') {
                  toast({
                    type: 'info',
                    header: 'Job ended',
                    content: `${what === 'import' ? 'Imported users show' : 'The new status shows'} here after the next sync: Sync now.`,
                  });
                }
              }}
            />
            {chooser}
          </SpaceBetween>
        }
      >
        Users
      </Header>
      {statusBar}
      {error ? <ErrorAlert error={error} onRetry={() => (setError(undefined), grid.refresh())} /> : null}
      <SpaceBetween direction="horizontal" size="m" alignItems="center">
        <UsersSearchBox value={quick} onChange={setQuick} timing={{ 'data-query-ms': grid.queryMs?.toFixed(1) }} />
        {allMatching || selected.length ? (
          <Button
            onClick={() => {
              setAllMatching(false);
              grid.clearSelection();
            }}
          >
            Clear selection
          </Button>
        ) : (
          <Button
            disabled={!matchCount || matchCount.total === 0}
            onClick={() => {
              grid.clearSelection();
              setAllMatching(true);
            }}
          >
            {restricted ? `Select all ${counted} matching` : `Select all ${count.format(status.users)} users`}
          </Button>
        )}
      </SpaceBetween>
      <Box variant="small" data-testid="users-count">
        {countText}
      </Box>
      {matchCount?.exact && matchCount.total === 0 ? (
        <Box textAlign="center" color="text-body-secondary">
          <b>No users match {description}.</b> Clear the search or a column filter.
        </Box>
      ) : null}
      <InfiniteGrid<UserRow>
        label="Users"
        columns={columns}
        getRowId={(p) => p.data.username}
        theme={theme}
        fetch={grid.fetch}
        version={grid.version}
        reload={edits}
        allSelected={allMatching}
        onGridReady={grid.onGridReady}
        onFetchError={(e) => setError(toApiError(e))}
        onSelectionChanged={(rows) => {
          setSelected(rows);
          if (rows.length) setAllMatching(false);
        }}
        onRowClicked={(row) =>
          openPanel({ kind: 'user', ref: poolRef, username: row.username, label: row.attributes.email })
        }
      />
    </SpaceBetween>
  );
}
