import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import type { BulkAction } from '../../../shared/model/jobs';
import { BULK_ACTIONS } from '../../../shared/model/jobs';
import type { PoolRef } from '../../../shared/model/users';
import { keyOf, usePools } from '../../stores/pools';
import { useUi } from '../../stores/ui';
import { usePanel } from '../../stores/users-panel';
import { useUsers } from '../../stores/users';
import { whenJobEnds } from '../../stores/jobs';
import { BULK_LABELS, BulkActionModal } from './bulk-action-modal';
import { CreateUserModal } from './create-user-modal';
import { ExportModal } from './export-modal';
import { ImportModal } from './import-modal';
import type { ScopeInput } from './job-scope';

interface Props {
  poolRef: PoolRef;
  /** What a bulk action or export can apply to (the pool name is added here). */
  scope: Omit<ScopeInput, 'poolName'>;
  /** A bulk change or import ended: show its effect (reload the rows, or say what the index shows). */
  onChanged: (what: BulkAction | 'import') => void;
}

type Open =
  { kind: 'create' } | { kind: 'export' } | { kind: 'import' } | { kind: 'bulk'; action: BulkAction } | undefined;

const isBulk = (id: string): id is BulkAction => (BULK_ACTIONS as readonly string[]).includes(id);

/** Create, bulk actions (as jobs) and export for the users grid. */
export function UserActionsBar({ poolRef, scope, onChanged }: Props) {
  const [open, setOpen] = useState<Open>();
  const poolName = usePools((s) => s.items.find((p) => p.id === poolRef.userPoolId)?.name) ?? poolRef.userPoolId;
  const poolsKey = usePools((s) => s.key);
  const loadPools = usePools((s) => s.load);
  // Opened by a deep link, the pool list may not be loaded: confirmations should name the pool, not its id.
  useEffect(() => {
    const ref = { profile: poolRef.profile, region: poolRef.region };
    if (poolsKey !== keyOf(ref)) void loadPools(ref);
  }, [poolsKey, loadPools, poolRef.profile, poolRef.region]);
  const upsert = useUsers((s) => s.upsert);
  const openPanel = usePanel((s) => s.open);
  const toast = useUi((s) => s.toast);
  const input: ScopeInput = { ...scope, poolName };
  const { selected } = scope;

  const started = (jobId: string, changes?: BulkAction | 'import'): void => {
    setOpen(undefined);
    openPanel({ kind: 'job', jobId });
    toast({ type: 'info', header: 'Job started', content: 'Follow it in the panel below or on the Jobs page.' });
    // A bulk change is shown once it is done.
    if (changes) void whenJobEnds(jobId).then(() => onChanged(changes));
  };

  return (
    <SpaceBetween direction="horizontal" size="xs">
      <ButtonDropdown
        items={BULK_ACTIONS.map((a) => ({ id: a, text: BULK_LABELS[a] }))}
        onItemClick={(e) => {
          if (isBulk(e.detail.id)) setOpen({ kind: 'bulk', action: e.detail.id });
        }}
      >
        {selected.length ? `Actions (${selected.length})` : 'Actions'}
      </ButtonDropdown>
      <Button onClick={() => setOpen({ kind: 'export' })}>Export</Button>
      <Button onClick={() => setOpen({ kind: 'import' })}>Import</Button>
      <Button variant="primary" onClick={() => setOpen({ kind: 'create' })}>
        Create user
      </Button>
      {open?.kind === 'create' ? (
        <CreateUserModal
          poolRef={poolRef}
          onCancel={() => setOpen(undefined)}
          onCreated={(row) => {
            setOpen(undefined);
            upsert(poolRef, row);
            openPanel({ kind: 'user', ref: poolRef, username: row.username });
          }}
        />
      ) : null}
      {open?.kind === 'export' ? (
        <ExportModal
          poolRef={poolRef}
          input={input}
          onCancel={() => setOpen(undefined)}
          onStarted={(jobId) => started(jobId)}
        />
      ) : null}
      {open?.kind === 'import' ? (
        <ImportModal
          poolRef={poolRef}
          poolName={poolName}
          onCancel={() => setOpen(undefined)}
          onStarted={(jobId) => started(jobId, 'import')}
        />
      ) : null}
      {open?.kind === 'bulk' ? (
        <BulkActionModal
          poolRef={poolRef}
          action={open.action}
          input={input}
          onCancel={() => setOpen(undefined)}
          onStarted={(jobId) => started(jobId, open.action)}
        />
      ) : null}
    </SpaceBetween>
  );
}
