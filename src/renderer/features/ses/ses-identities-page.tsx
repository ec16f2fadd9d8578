import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { SesIdentity } from '../../../shared/model/ses';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
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

/** Email and domain identities with verification and DKIM status; a selected domain shows its DKIM records. */
export function SesIdentitiesPage() {
  const { ref } = useConnectedRef();
  const { data, error, loading, reload } = useConnectedLoad((r) => call('ses:identities', r));
  const [selected, setSelected] = useState<SesIdentity | undefined>();
  const current = data?.find((i) => i.name === selected?.name);
  return (
    <SpaceBetween size="m">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table
        header={
          <Header
            variant="h1"
            counter={data ? `(${data.length})` : undefined}
            description={ref ? `Verified senders for Amazon SES in ${ref.region}` : undefined}
            actions={
              <Button iconName="refresh" ariaLabel="Refresh identities" onClick={reload} disabled={!ref || loading} />
            }
          >
            Identities
          </Header>
        }
        items={data ?? []}
        loading={loading}
        loadingText="Loading identities"
        trackBy="name"
        selectionType="single"
        selectedItems={current ? [current] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0])}
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
    </SpaceBetween>
  );
}
