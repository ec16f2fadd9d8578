import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ColDef } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GroupSummary } from '../../../shared/model/groups';
import { call } from '../../api';
import { DataGrid } from '../../components/data-grid';
import { ErrorAlert } from '../../components/error-alert';
import { useSlashFocus } from '../../lib/use-slash-focus';
import { groupsKey, useGroups } from '../../stores/groups';
import type { PoolTabProps } from '../user-pools/pool-config-tab';
import { useWrite } from '../users/use-write';
import { DeleteGroupModal } from './delete-group-modal';
import { GroupFormModal } from './group-form-modal';
import { GroupMembers } from './group-members';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const COLUMNS: ColDef<GroupSummary>[] = [
  { field: 'name', headerName: 'Group', minWidth: 200, sort: 'asc' },
  { field: 'description', headerName: 'Description', minWidth: 260 },
  { field: 'precedence', headerName: 'Precedence', maxWidth: 150, type: 'numericColumn' },
  { field: 'roleArn', headerName: 'IAM role', minWidth: 260 },
  {
    field: 'createdAt',
    headerName: 'Created',
    minWidth: 180,
    valueFormatter: (p) => (typeof p.value === 'string' ? dateTime.format(new Date(p.value)) : '-'),
  },
];

type Modal = 'create' | 'edit' | 'delete' | undefined;

/** The groups of a pool: grid, create/edit/delete, and the selected group's members below. */
export function PoolGroupsTab({ profile, region, userPoolId, theme }: PoolTabProps) {
  const ref = useMemo(() => ({ profile, region, userPoolId }), [profile, region, userPoolId]);
  const { key, items, loading, error, load } = useGroups();
  const [selectedName, setSelectedName] = useState<string | undefined>();
  const [filter, setFilter] = useState('');
  const [modal, setModal] = useState<Modal>();
  const { busy, error: writeError, run } = useWrite();
  const filterRef = useSlashFocus<HTMLDivElement>();

  const mine = key === groupsKey(ref);
  const groups = mine ? items : [];
  const selected = groups.find((g) => g.name === selectedName);
  const reload = useCallback(() => void load(ref), [load, ref]);
  useEffect(() => {
    void load(ref);
  }, [load, ref]);

  const remove = async (group: GroupSummary): Promise<void> => {
    const ok = await run(
      'delete',
      () => call('groups:delete', { ...ref, groupName: group.name }),
      `Deleted group ${group.name}`,
    );
    setModal(undefined);
    if (ok) {
      setSelectedName(undefined);
      reload();
    }
  };

  return (
    <SpaceBetween size="m">
      <Header
        variant="h2"
        counter={mine && !loading ? `(${groups.length})` : undefined}
        description="Groups carry a precedence and an optional IAM role; select one to see its members."
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="refresh" ariaLabel="Refresh groups" onClick={reload} loading={loading} />
            <Button disabled={!selected} onClick={() => setModal('delete')}>
              Delete
            </Button>
            <Button disabled={!selected} onClick={() => setModal('edit')}>
              Edit
            </Button>
            <Button variant="primary" onClick={() => setModal('create')}>
              Create group
            </Button>
          </SpaceBetween>
        }
      >
        Groups
      </Header>
      {error && mine ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {writeError ? <ErrorAlert error={writeError} /> : null}
      <div ref={filterRef}>
        <TextFilter
          filteringText={filter}
          filteringPlaceholder="Filter groups (press / to focus)"
          filteringAriaLabel="Filter groups"
          onChange={(e) => setFilter(e.detail.filteringText)}
        />
      </div>
      <div>
        <DataGrid<GroupSummary>
          height={300}
          label="Groups"
          rows={groups}
          columns={COLUMNS}
          getRowId={(p) => p.data.name}
          theme={theme}
          quickFilter={filter}
          loading={loading && groups.length === 0}
          onSelectionChanged={(rows) => setSelectedName(rows[0]?.name)}
          noRows={() => (
            <Box textAlign="center" color="inherit">
              <b>No groups</b>
              <Box variant="p" color="inherit">
                Create a group to give users a role or a precedence.
              </Box>
            </Box>
          )}
        />
      </div>
      {selected ? (
        <Container>
          <GroupMembers poolRef={ref} groupName={selected.name} theme={theme} />
        </Container>
      ) : null}
      {modal === 'create' || (modal === 'edit' && selected) ? (
        <GroupFormModal
          poolRef={ref}
          group={modal === 'edit' ? selected : undefined}
          onCancel={() => setModal(undefined)}
          onSaved={(g) => {
            setModal(undefined);
            setSelectedName(g.name);
            reload();
          }}
        />
      ) : null}
      {modal === 'delete' && selected ? (
        <DeleteGroupModal
          groupName={selected.name}
          busy={busy === 'delete'}
          onCancel={() => setModal(undefined)}
          onConfirm={() => void remove(selected)}
        />
      ) : null}
    </SpaceBetween>
  );
}
