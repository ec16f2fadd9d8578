import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useCallback, useEffect, useState } from 'react';
import type { ClientBranding } from '../../../shared/model/pool-branding';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';
import { useUi } from '../../stores/ui';
import { DiffModal } from './diff-modal';

type Pending = { kind: 'create' | 'delete'; client: ClientBranding } | undefined;

/** Names the style being deleted and asks for the app client's name typed out. */
function DeleteBrandingModal(props: {
  client: ClientBranding;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (typed: string) => void;
}) {
  const [typed, setTyped] = useState('');
  const { client } = props;
  return (
    <Modal
      visible
      onDismiss={props.onCancel}
      header={`Delete the managed login style of ${client.clientName}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={typed !== client.clientName}
              loading={props.busy}
              onClick={() => props.onConfirm(typed)}
            >
              Delete style
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>
          Managed login pages of <b>{client.clientName}</b> ({client.clientId}) lose style {client.brandingId} and show
          Cognito&apos;s unstyled default. It cannot be undone.
        </Box>
        <FormField label={`Type ${client.clientName} to confirm`}>
          <Input
            value={typed}
            onChange={(e) => setTyped(e.detail.value)}
            ariaLabel="App client name to confirm"
            autoFocus
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}

/**
 * Managed login: whether each app client has a branding style (read-only), with "create a default style" and
 * delete. For the Domain tab, next to the managed login version.
 */
export function ManagedLoginBranding({ poolRef, readOnly }: { poolRef: PoolRef; readOnly: boolean }) {
  const [items, setItems] = useState<ClientBranding[] | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const toast = useUi((s) => s.toast);
  const reload = useCallback(
    () =>
      call('userPools:branding', poolRef).then(
        (list) => {
          setItems(list);
          setError(undefined);
        },
        (e: unknown) => setError(toApiError(e)),
      ),
    [poolRef],
  );
  useEffect(() => void reload(), [reload]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      setPending(undefined);
      toast({ type: 'success', header: done, content: '' });
      await reload();
    } catch (e) {
      setPending(undefined);
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const create = (client: ClientBranding) =>
    run(
      () => call('userPools:create-branding', { ...poolRef, clientId: client.clientId }),
      `Created a style for ${client.clientName}`,
    );
  const remove = (client: ClientBranding, confirmName: string) =>
    run(
      () =>
        call('userPools:delete-branding', {
          ...poolRef,
          clientId: client.clientId,
          brandingId: client.brandingId ?? '',
          confirmName,
        }),
      `Deleted the style of ${client.clientName}`,
    );

  return (
    <Container
      data-testid="managed-login-branding"
      header={
        <Header
          variant="h2"
          description="Managed login (version 2) pages take their look from a branding style per app client."
        >
          Managed login branding
        </Header>
      }
    >
      <SpaceBetween size="m">
        {error ? (
          <ErrorAlert error={error} onRetry={error.code === 'UNSUPPORTED' ? undefined : () => void reload()} />
        ) : null}
        {items ? (
          <Table
            variant="embedded"
            items={items}
            trackBy="clientId"
            ariaLabels={{ tableLabel: 'Branding styles' }}
            empty={<Box>No app clients: create one on the App clients tab first.</Box>}
            columnDefinitions={[
              { id: 'name', header: 'App client', cell: (c) => `${c.clientName} (${c.clientId})` },
              {
                id: 'style',
                header: 'Branding style',
                cell: (c) =>
                  c.brandingId ? (c.useCognitoProvidedValues ? "Yes (Cognito's values)" : 'Yes (custom)') : 'None',
              },
              { id: 'modified', header: 'Last modified', cell: (c) => c.lastModifiedAt ?? '' },
              {
                id: 'actions',
                header: 'Actions',
                cell: (c) =>
                  readOnly ? null : c.brandingId ? (
                    <Button variant="inline-link" onClick={() => setPending({ kind: 'delete', client: c })}>
                      Delete style
                    </Button>
                  ) : (
                    <Button variant="inline-link" onClick={() => setPending({ kind: 'create', client: c })}>
                      Create default style
                    </Button>
                  ),
              },
            ]}
          />
        ) : null}
      </SpaceBetween>
      {pending?.kind === 'create' ? (
        <DiffModal
          targetName={`app client ${pending.client.clientName}`}
          changes={[{ path: 'branding', label: 'Managed login branding style', after: "Cognito's provided values" }]}
          busy={busy}
          onCancel={() => setPending(undefined)}
          onConfirm={() => void create(pending.client)}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <DeleteBrandingModal
          client={pending.client}
          busy={busy}
          onCancel={() => setPending(undefined)}
          onConfirm={(typed) => void remove(pending.client, typed)}
        />
      ) : null}
    </Container>
  );
}
