import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ColDef } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { DataGrid } from '../../components/data-grid';
import { ErrorAlert } from '../../components/error-alert';
import { useJobs, whenJobEnds } from '../../stores/jobs';
import { useUi } from '../../stores/ui';
import { usePanel } from '../../stores/users-panel';
import { useWrite } from '../users/use-write';
import { AddMembersModal } from './add-members-modal';

const COLUMNS: ColDef<UserRow>[] = [
  { field: 'username', headerName: 'Username', minWidth: 220 },
  { colId: 'email', headerName: 'email', minWidth: 240, valueGetter: (p) => p.data?.attributes.email ?? '' },
  { field: 'status', headerName: 'Status', minWidth: 180 },
  {
    colId: 'enabled',
    headerName: 'Enabled',
    valueGetter: (p) => (p.data?.enabled === false ? 'Disabled' : 'Enabled'),
  },
];

interface Props {
  poolRef: PoolRef;
  groupName: string;
  theme: 'light' | 'dark';
}

/** The members of one group (ListUsersInGroup, all pages); add and remove run as jobs. */
export function GroupMembers({ poolRef, groupName, theme }: Props) {
  const [members, setMembers] = useState<{ group: string; rows: UserRow[] } | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [selected, setSelected] = useState<UserRow[]>([]);
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState(false);
  const startBulk = useJobs((s) => s.startBulk);
  const openPanel = usePanel((s) => s.open);
  const toast = useUi((s) => s.toast);
  const { busy, error: writeError, run } = useWrite();

  const fetchMembers = useCallback(
    () => call('groups:members', { ...poolRef, groupName }).then((rows) => ({ group: groupName, rows })),
    [poolRef, groupName],
  );
  const reload = useCallback(() => {
    fetchMembers().then(setMembers, (e: unknown) => setError(toApiError(e)));
  }, [fetchMembers]);
  useEffect(() => {
    let live = true;
    fetchMembers().then(
      (m) => live && setMembers(m),
      (e: unknown) => live && setError(toApiError(e)),
    );
    return () => {
      live = false;
    };
  }, [fetchMembers]);

  const afterJob = (jobId: string, what: string): void => {
    openPanel({ kind: 'job', jobId });
    toast({ type: 'info', header: what });
    void whenJobEnds(jobId).then(reload);
  };
  const removeSelected = async (): Promise<void> => {
    const usernames = selected.map((r) => r.username);
    await run('remove', async () => {
      const jobId = await startBulk(
        { ...poolRef, action: 'remove-from-group', groupName, usernames },
        `Remove ${usernames.length} users from ${groupName}`,
      );
      afterJob(jobId, `Removing ${usernames.length} users from ${groupName}`);
    });
  };

  const rows = members?.group === groupName ? members.rows : undefined;
  const memberNames = useMemo(() => new Set((rows ?? []).map((r) => r.username)), [rows]);
  return (
    <SpaceBetween size="s">
      <Header
        variant="h3"
        counter={rows ? `(${rows.length})` : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="refresh" ariaLabel="Refresh members" onClick={reload} />
            <Button disabled={selected.length === 0} loading={busy === 'remove'} onClick={() => void removeSelected()}>
              Remove from group{selected.length ? ` (${selected.length})` : ''}
            </Button>
            <Button onClick={() => setAdding(true)}>Add members</Button>
          </SpaceBetween>
        }
      >
        Members of {groupName}
      </Header>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {writeError ? <ErrorAlert error={writeError} /> : null}
      <TextFilter
        filteringText={filter}
        filteringPlaceholder="Filter members"
        filteringAriaLabel="Filter members"
        onChange={(e) => setFilter(e.detail.filteringText)}
      />
      <DataGrid<UserRow>
        label={`Members of ${groupName}`}
        height={420}
        rows={rows ?? []}
        columns={COLUMNS}
        getRowId={(p) => p.data.username}
        theme={theme}
        quickFilter={filter}
        selection="multi"
        loading={rows === undefined && !error}
        onSelectionChanged={setSelected}
        onRowClicked={(row) =>
          openPanel({ kind: 'user', ref: poolRef, username: row.username, label: row.attributes.email })
        }
        noRows={() => (
          <Box textAlign="center" color="inherit">
            <b>No members</b>
            <Box variant="p" color="inherit">
              Add members here, or from the Users tab with the bulk action &quot;Add to group&quot;.
            </Box>
          </Box>
        )}
      />
      {adding ? (
        <AddMembersModal
          poolRef={poolRef}
          groupName={groupName}
          members={memberNames}
          onCancel={() => setAdding(false)}
          onStarted={(jobId) => {
            setAdding(false);
            afterJob(jobId, `Adding members to ${groupName}`);
          }}
        />
      ) : null}
    </SpaceBetween>
  );
}
