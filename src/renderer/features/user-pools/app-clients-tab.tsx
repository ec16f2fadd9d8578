import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useState } from 'react';
import type { AppClientSummary, ClientCreate } from '../../../shared/model/pool-clients';
import type { ApiError } from '../../api';
import { toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';
import { poolKey } from '../../stores/pool-key';
import { clientKey, usePoolClients } from '../../stores/pool-clients';
import { useUi } from '../../stores/ui';
import { ClientEditor } from './client-editor';
import { CreateClientModal } from './create-client-modal';
import { DeleteClientModal } from './delete-client-modal';

/** The app clients of a pool: a table, and the selected client's editor below it. */
export function AppClientsTab({ poolRef, readOnly }: { poolRef: PoolRef; readOnly: boolean }) {
  const { lists, configs, list, describe, create, remove } = usePoolClients();
  const { toast, toastError } = useUi();
  const entry = lists[poolKey(poolRef)];
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<AppClientSummary | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const selected = entry?.items.find((c) => c.clientId === selectedId);
  const config = selectedId ? configs[clientKey(poolRef, selectedId)] : undefined;

  useEffect(() => {
    void list(poolRef);
  }, [poolRef, list]);
  useEffect(() => {
    if (selectedId) describe(poolRef, selectedId).catch((e: unknown) => setError(toApiError(e)));
  }, [poolRef, selectedId, describe]);

  const onCreate = async (client: ClientCreate): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const made = await create(poolRef, client);
      toast({ type: 'success', header: `Created app client ${made.name}` });
      setCreating(false);
      setSelectedId(made.clientId);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const onDelete = async (client: AppClientSummary, confirmName: string): Promise<void> => {
    setBusy(true);
    try {
      await remove(poolRef, client.clientId, confirmName);
      toast({ type: 'success', header: `Deleted app client ${client.name}` });
      setSelectedId(undefined);
    } catch (e) {
      toastError(toApiError(e));
    } finally {
      setBusy(false);
      setDeleting(undefined);
    }
  };

  return (
    <SpaceBetween size="l">
      {entry?.error ? <ErrorAlert error={entry.error} onRetry={() => void list(poolRef)} /> : null}
      <Table
        data-testid="app-clients-table"
        items={entry?.items ?? []}
        loading={entry?.loading && (entry.items.length ?? 0) === 0}
        loadingText="Loading app clients"
        trackBy="clientId"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelectedId(e.detail.selectedItems[0]?.clientId)}
        ariaLabels={{
          tableLabel: 'App clients',
          itemSelectionLabel: (_, c) => `Select ${c.name}`,
          selectionGroupLabel: 'App clients',
        }}
        variant="container"
        header={
          <Header
            variant="h2"
            counter={entry ? `(${entry.items.length})` : undefined}
            actions={
              readOnly ? undefined : (
                <SpaceBetween direction="horizontal" size="xs">
                  <Button disabled={!selected} onClick={() => setDeleting(selected)}>
                    Delete
                  </Button>
                  <Button variant="primary" onClick={() => setCreating(true)}>
                    Create app client
                  </Button>
                </SpaceBetween>
              )
            }
          >
            App clients
          </Header>
        }
        empty={<Box textAlign="center">No app clients. Create one so an app can sign users in.</Box>}
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (c) => c.name },
          { id: 'id', header: 'Client id', cell: (c) => c.clientId },
          { id: 'secret', header: 'Secret', cell: (c) => (c.hasSecret ? 'Yes' : 'No') },
          { id: 'flows', header: 'Authentication flows', cell: (c) => c.authFlows.join(', ') },
          { id: 'callbacks', header: 'Callback URLs', cell: (c) => c.callbackUrls.join(', ') },
        ]}
      />
      {error ? <ErrorAlert error={error} /> : null}
      {config && selected ? <ClientEditor poolRef={poolRef} config={config} readOnly={readOnly} /> : null}
      {creating ? (
        <CreateClientModal
          busy={busy}
          error={error}
          onCancel={() => setCreating(false)}
          onCreate={(c) => void onCreate(c)}
        />
      ) : null}
      {deleting ? (
        <DeleteClientModal
          client={deleting}
          busy={busy}
          onCancel={() => setDeleting(undefined)}
          onConfirm={(name) => void onDelete(deleting, name)}
        />
      ) : null}
    </SpaceBetween>
  );
}
