import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { SesIdentity } from '../../../shared/model/ses';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useActiveProfile } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { CreateIdentityModal } from './create-identity-modal';
import { DeleteIdentityModal } from './delete-identity-modal';
import { DkimRecords } from './dkim-records';
import { useConnectedLoad, useConnectedRef } from '../../lib/use-connected-ref';

const STATUS: Record<string, StatusIndicatorProps.Type> = {
  SUCCESS: 'success',
  PENDING: 'pending',
  FAILED: 'error',
  TEMPORARY_FAILURE: 'warning',
  NOT_STARTED: 'stopped',
};

function Status({ value }: { value: string | undefined }) {
  return value ? <StatusIndicator type={STATUS[value] ?? 'info'}>{value}</StatusIndicator> : <>-</>;
}

/** Email and domain identities with verification and DKIM status; create, delete, refresh one; a domain shows DKIM. */
export function SesIdentitiesPage() {
  const { ref } = useConnectedRef();
  const readOnly = useActiveProfile()?.readOnly === true;
  const { toast, toastError } = useUi();
  const { data, error, loading, reload } = useConnectedLoad((r) => call('ses:identities', r));
  const [selected, setSelected] = useState<string | undefined>();
  /** Identities re-read on demand (Refresh status) or just created, shown over the loaded list until the next load. */
  const [freshState, setFreshState] = useState<{ base: SesIdentity[] | undefined; map: Record<string, SesIdentity> }>({
    base: undefined,
    map: {},
  });
  // A new load (reload, profile or region switch) is the truth again: overrides apply only to the list they were made on.
  const fresh = freshState.base === data ? freshState.map : {};
  const setFresh = (update: (map: Record<string, SesIdentity>) => Record<string, SesIdentity>) =>
    setFreshState({ base: data, map: update(fresh) });
  const [modal, setModal] = useState<'create' | 'delete' | undefined>();
  const [busy, setBusy] = useState(false);
  const items = mergeFresh(data, fresh);
  const current = items.find((i) => i.name === selected);
  const refreshOne = (name: string) => {
    if (!ref) return;
    setBusy(true);
    call('ses:identity', { ...ref, identity: name })
      .then((identity) => setFresh((f) => ({ ...f, [name]: identity })))
      .catch((e: unknown) => toastError(toApiError(e)))
      .finally(() => setBusy(false));
  };
  const remove = (typed: string) => {
    if (!ref || !current) return;
    setBusy(true);
    call('ses:delete-identity', { ...ref, identity: current.name, confirmName: typed })
      .then(() => {
        toast({ type: 'success', header: `Deleted ${current.name}` });
        setModal(undefined);
        setSelected(undefined);
        setFresh(({ [current.name]: _gone, ...rest }) => rest);
        reload();
      })
      .catch((e: unknown) => toastError(toApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <SpaceBetween size="m">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table
        header={
          <Header
            variant="h1"
            counter={data ? `(${items.length})` : undefined}
            description={ref ? `Verified senders for Amazon SES in ${ref.region}` : undefined}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh identities" onClick={reload} disabled={!ref || loading} />
                <Button disabled={!current || busy} onClick={() => current && refreshOne(current.name)}>
                  Refresh status
                </Button>
                <Button disabled={!current || readOnly} onClick={() => setModal('delete')}>
                  Delete
                </Button>
                <Button variant="primary" disabled={!ref || readOnly} onClick={() => setModal('create')}>
                  Create identity
                </Button>
              </SpaceBetween>
            }
          >
            Identities
          </Header>
        }
        items={items}
        loading={loading}
        loadingText="Loading identities"
        trackBy="name"
        selectionType="single"
        selectedItems={current ? [current] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0]?.name)}
        ariaLabels={{ itemSelectionLabel: (_s, i) => `Select ${i.name}`, selectionGroupLabel: 'Identities' }}
        empty={`No SES identities in ${ref?.region ?? 'this region'}. Verify an email address or a domain to send from it.`}
        columnDefinitions={[
          { id: 'name', header: 'Identity', cell: (i) => i.name, isRowHeader: true },
          {
            id: 'type',
            header: 'Type',
            cell: (i) => (i.type === 'EMAIL_ADDRESS' ? 'Email address' : i.type === 'DOMAIN' ? 'Domain' : i.type),
          },
          { id: 'verification', header: 'Verification', cell: (i) => <Status value={i.verificationStatus} /> },
          { id: 'dkim', header: 'DKIM', cell: (i) => <Status value={i.dkimStatus} /> },
          { id: 'sending', header: 'Sending', cell: (i) => (i.sendingEnabled === false ? 'Paused' : 'Enabled') },
          { id: 'configSet', header: 'Default configuration set', cell: (i) => i.configurationSet ?? '-' },
        ]}
      />
      {current && current.type !== 'EMAIL_ADDRESS' ? <DkimRecords identity={current} /> : null}
      {modal === 'create' && ref ? (
        <CreateIdentityModal
          ref_={ref}
          onCancel={() => setModal(undefined)}
          onCreated={(identity) => {
            toast({
              type: 'success',
              header: `Created ${identity.name}`,
              content:
                identity.type === 'EMAIL_ADDRESS'
                  ? 'SES sent a verification link to the address.'
                  : 'Publish its three DKIM records to verify the domain.',
            });
            setFresh((f) => ({ ...f, [identity.name]: identity }));
            setSelected(identity.name);
            setModal(undefined);
            reload();
          }}
        />
      ) : null}
      {modal === 'delete' && current ? (
        <DeleteIdentityModal identity={current} busy={busy} onCancel={() => setModal(undefined)} onConfirm={remove} />
      ) : null}
    </SpaceBetween>
  );
}

function mergeFresh(loaded: SesIdentity[] | undefined, fresh: Record<string, SesIdentity>): SesIdentity[] {
  const list = (loaded ?? []).map((i) => fresh[i.name] ?? i);
  const extra = Object.values(fresh).filter((f) => !list.some((i) => i.name === f.name));
  return loaded ? [...list, ...extra] : [];
}
