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
import { IdentityPoolDetailView } from './identity-pool-detail';

/** Identity pools of the profile and region; the selected one shows its providers and can be deleted. */
export function IdentityPoolsPage() {
  const { ref, key } = useConnectedRef();
  const { toast, toastError } = useUi();
  const pools = useConnectedLoad((r) => call('identityPools:list', r));
  const [selected, setSelected] = useState<IdentityPoolSummary | undefined>();
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const current = pools.data?.find((p) => p.id === selected?.id);
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
      setSelected(undefined);
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
                <Button disabled={!current} onClick={() => setDeleting(true)}>
                  Delete
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
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0])}
        ariaLabels={{ itemSelectionLabel: (_s, p) => `Select ${p.name}`, selectionGroupLabel: 'Identity pools' }}
        empty={`No identity pools in ${ref?.region ?? 'this region'}.`}
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (p) => p.name, isRowHeader: true },
          { id: 'id', header: 'Identity pool ID', cell: (p) => p.id },
        ]}
      />
      {detail.error ? <ErrorAlert error={detail.error} onRetry={detail.reload} /> : null}
      {current && detail.loading && !detail.data ? (
        <StatusIndicator type="loading">Loading {current.name}</StatusIndicator>
      ) : null}
      {detail.data ? <IdentityPoolDetailView pool={detail.data} /> : null}
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
