import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { ConfigurationSet, ConfigurationSetUse } from '../../../shared/model/ses';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { TypedConfirmModal } from '../../components/typed-confirm-modal';
import { useActiveProfile } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { useConnectedLoad, useConnectedRef } from '../../lib/use-connected-ref';
import { CreateConfigSetModal } from './create-config-set-modal';

const yesNo = (value: boolean | undefined): string => (value === undefined ? '-' : value ? 'Yes' : 'No');
const suppression = (s: ConfigurationSet): string =>
  s.suppressedReasons.length ? s.suppressedReasons.join(', ') : 'None';

function usedBy(name: string, uses: ConfigurationSetUse[] | undefined, failed: boolean): string {
  if (!uses) return failed ? 'Unknown' : '…';
  const pools = uses.find((u) => u.name === name)?.pools ?? [];
  return pools.length ? pools.map((p) => p.name).join(', ') : 'No pool';
}

/** SES configuration sets: the rule sets a pool's email configuration can name; create, view, delete. */
export function SesConfigSetsPage() {
  const { ref } = useConnectedRef();
  const readOnly = useActiveProfile()?.readOnly === true;
  const { toast, toastError } = useUi();
  const { data, error, loading, reload } = useConnectedLoad((r) => call('ses:configuration-sets', r));
  const uses = useConnectedLoad((r) => call('ses:configuration-set-uses', r));
  const [selected, setSelected] = useState<string>();
  const [modal, setModal] = useState<'create' | 'delete'>();
  const [busy, setBusy] = useState(false);
  const current = data?.find((s) => s.name === selected);
  const reloadAll = () => {
    reload();
    uses.reload();
  };
  const remove = (typed: string) => {
    if (!ref || !current) return;
    setBusy(true);
    call('ses:delete-configuration-set', { ...ref, name: current.name, confirmName: typed })
      .then(() => {
        toast({ type: 'success', header: `Deleted ${current.name}` });
        setModal(undefined);
        setSelected(undefined);
        reloadAll();
      })
      .catch((e: unknown) => toastError(toApiError(e)))
      .finally(() => setBusy(false));
  };
  const currentUse = current ? usedBy(current.name, uses.data, Boolean(uses.error)) : '';
  return (
    <SpaceBetween size="m">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table
        header={
          <Header
            variant="h1"
            counter={data ? `(${data.length})` : undefined}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh configuration sets"
                  onClick={reloadAll}
                  disabled={!ref || loading}
                />
                <Button disabled={!current || readOnly} onClick={() => setModal('delete')}>
                  Delete
                </Button>
                <Button variant="primary" disabled={!ref || readOnly} onClick={() => setModal('create')}>
                  Create configuration set
                </Button>
              </SpaceBetween>
            }
          >
            Configuration sets
          </Header>
        }
        items={data ?? []}
        loading={loading}
        loadingText="Loading configuration sets"
        trackBy="name"
        selectionType="single"
        selectedItems={current ? [current] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0]?.name)}
        ariaLabels={{ itemSelectionLabel: (_s, i) => `Select ${i.name}`, selectionGroupLabel: 'Configuration sets' }}
        empty="No configuration sets in this region. Create one to track or restrict what a pool sends."
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (s) => s.name, isRowHeader: true },
          { id: 'sending', header: 'Sending enabled', cell: (s) => yesNo(s.sendingEnabled) },
          { id: 'reputation', header: 'Reputation metrics', cell: (s) => yesNo(s.reputationMetricsEnabled) },
          { id: 'tls', header: 'TLS policy', cell: (s) => s.tlsPolicy ?? 'OPTIONAL' },
          { id: 'suppression', header: 'Suppressed reasons', cell: suppression },
          { id: 'usedBy', header: 'Used by', cell: (s) => usedBy(s.name, uses.data, Boolean(uses.error)) },
        ]}
      />
      {current ? (
        <Container header={<Header variant="h2">{current.name}</Header>} data-testid="config-set-detail">
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Sending enabled', value: yesNo(current.sendingEnabled) },
              { label: 'Reputation metrics', value: yesNo(current.reputationMetricsEnabled) },
              { label: 'TLS policy', value: current.tlsPolicy ?? 'OPTIONAL' },
              { label: 'Suppressed reasons', value: suppression(current) },
              { label: 'Used by pools', value: currentUse },
            ]}
          />
          {current.detailError ? <Box color="text-status-error">{current.detailError}</Box> : null}
        </Container>
      ) : null}
      {modal === 'create' && ref ? (
        <CreateConfigSetModal
          ref_={ref}
          onCancel={() => setModal(undefined)}
          onCreated={(set) => {
            toast({ type: 'success', header: `Created ${set.name}` });
            setModal(undefined);
            setSelected(set.name);
            reloadAll();
          }}
        />
      ) : null}
      {modal === 'delete' && current ? (
        <TypedConfirmModal
          header={`Delete configuration set ${current.name}?`}
          confirmText={current.name}
          inputLabel="Configuration set to confirm"
          actionLabel="Delete configuration set"
          busy={busy}
          onCancel={() => setModal(undefined)}
          onConfirm={remove}
        >
          {currentUse && currentUse !== 'No pool' && currentUse !== '…'
            ? `Pools that name it (${currentUse}) will fail to send email until their configuration set is cleared or recreated.`
            : 'No pool of this region names it.'}
        </TypedConfirmModal>
      ) : null}
    </SpaceBetween>
  );
}
