import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { IdentityPoolSummary } from '../../../shared/model/identity-pools';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { TypedConfirmModal } from '../../components/typed-confirm-modal';
import { useLoad } from '../../lib/use-load';
import { useUi } from '../../stores/ui';
import { useConnectedLoad, useConnectedRef } from '../../lib/use-connected-ref';
import { navigate, useHashRoute } from '../../lib/use-hash-route';
import { useActiveProfile } from '../../stores/session';
import { CreateIdentityPoolPage } from './create-identity-pool-page';
import { IdentityPoolDetailView } from './identity-pool-detail';
import { IdentityPoolEditor } from './identity-pool-editor';
import { RolesPanel } from './roles-panel';

/** Identity pools of the profile and region; the selected one shows its providers and can be deleted. */
export function IdentityPoolsPage() {
  const { ref, key } = useConnectedRef();
  const route = useHashRoute();
  const readOnly = useActiveProfile()?.readOnly === true;
  if (route.rest[0] === 'new' && ref) return <CreateIdentityPoolPage ref_={ref} readOnly={readOnly} />;
  return <PoolList key={key} routeId={route.rest[0]} readOnly={readOnly} />;
}

const select = (pool: IdentityPoolSummary | undefined) =>
  navigate(pool ? `#/identity-pools/${encodeURIComponent(pool.id)}` : '#/identity-pools');

function PoolList({ routeId, readOnly }: { routeId: string | undefined; readOnly: boolean }) {
  const { ref, key } = useConnectedRef();
  const { toast, toastError } = useUi();
  const pools = useConnectedLoad((r) => call('identityPools:list', r));
  const selectedId = routeId ? decodeURIComponent(routeId) : undefined;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const current = pools.data?.find((p) => p.id === selectedId);
  const detail = useLoad(current && key ? `${key}\u0000${current.id}` : undefined, () =>
    ref && current
      ? call('identityPools:describe', { ...ref, identityPoolId: current.id })
      : Promise.reject(new Error('none')),
  );

  const remove = async (confirmName: string): Promise<void> => {
    if (!ref || !current) return;
    setBusy(true);
    try {
      await call('identityPools:delete', { ...ref, identityPoolId: current.id, confirmName });
      toast({ type: 'success', header: `Deleted identity pool ${current.name}` });
      select(undefined);
      pools.reload();
    } catch (error) {
      toastError(toApiError(error));
    } finally {
      setBusy(false);
      setDeleting(false);
    }
  };

  return (
    <SpaceBetween size="m">
      {pools.error ? <ErrorAlert error={pools.error} onRetry={pools.reload} /> : null}
      <Table
        header={
          <Header
            variant="h1"
            counter={pools.data ? `(${pools.data.length})` : undefined}
            description={ref ? `Cognito identity pools in ${ref.region}` : undefined}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh identity pools"
                  onClick={pools.reload}
                  disabled={!ref || pools.loading}
                />
                <Button disabled={!detail.data || readOnly || editing} onClick={() => setEditing(true)}>
                  Edit
                </Button>
                <Button disabled={!current || readOnly} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" disabled={!ref || readOnly} onClick={() => navigate('#/identity-pools/new')}>
                  Create identity pool
                </Button>
              </SpaceBetween>
            }
          >
            Identity pools
          </Header>
        }
        items={pools.data ?? []}
        loading={pools.loading}
        loadingText="Loading identity pools"
        trackBy="id"
        selectionType="single"
        selectedItems={current ? [current] : []}
        onSelectionChange={(e) => {
          setEditing(false);
          select(e.detail.selectedItems[0]);
        }}
        ariaLabels={{ itemSelectionLabel: (_s, p) => `Select ${p.name}`, selectionGroupLabel: 'Identity pools' }}
        empty={`No identity pools in ${ref?.region ?? 'this region'}. Create one, or switch region.`}
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (p) => p.name, isRowHeader: true },
          { id: 'id', header: 'Identity pool ID', cell: (p) => p.id },
        ]}
      />
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {current && detail.loading && !detail.data ? (
        <StatusIndicator type="loading">Loading {current.name}</StatusIndicator>
      ) : null}
      {detail.data && ref && editing ? (
        <IdentityPoolEditor
          ref_={ref}
          pool={detail.data}
          onDone={(saved) => {
            setEditing(false);
            if (saved) {
              detail.reload();
              pools.reload();
            }
          }}
        />
      ) : null}
      {detail.data && ref && !editing ? (
        <SpaceBetween size="m">
          <IdentityPoolDetailView pool={detail.data} />
          <RolesPanel key={detail.data.id} ref_={ref} pool={detail.data} readOnly={readOnly} />
        </SpaceBetween>
      ) : null}
      {deleting && current ? (
        <TypedConfirmModal
          header={`Delete identity pool ${current.name}?`}
          confirmText={current.name}
          inputLabel="Identity pool name to confirm"
          actionLabel="Delete identity pool"
          busy={busy}
          onCancel={() => setDeleting(false)}
          onConfirm={(typed) => void remove(typed)}
        >
          This deletes <b>{current.name}</b> ({current.id}). Apps that get AWS credentials through it stop working, and
          its identities are lost. It cannot be undone.
        </TypedConfirmModal>
      ) : null}
    </SpaceBetween>
  );
}
