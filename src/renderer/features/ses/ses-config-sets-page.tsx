import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useConnectedLoad, useConnectedRef } from '../../lib/use-connected-ref';

const yesNo = (value: boolean | undefined): string => (value === undefined ? '-' : value ? 'Yes' : 'No');

/** SES configuration sets: the rule sets a pool's email configuration can name. */
export function SesConfigSetsPage() {
  const { ref } = useConnectedRef();
  const { data, error, loading, reload } = useConnectedLoad((r) => call('ses:configuration-sets', r));
  return (
    <SpaceBetween size="m">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table
        header={
          <Header
            variant="h1"
            counter={data ? `(${data.length})` : undefined}
            actions={
              <Button
                iconName="refresh"
                ariaLabel="Refresh configuration sets"
                onClick={reload}
                disabled={!ref || loading}
              />
            }
          >
            Configuration sets
          </Header>
        }
        items={data ?? []}
        loading={loading}
        loadingText="Loading configuration sets"
        trackBy="name"
        empty="No configuration sets in this region."
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (s) => s.name, isRowHeader: true },
          { id: 'sending', header: 'Sending enabled', cell: (s) => yesNo(s.sendingEnabled) },
          { id: 'reputation', header: 'Reputation metrics', cell: (s) => yesNo(s.reputationMetricsEnabled) },
          { id: 'tls', header: 'TLS policy', cell: (s) => s.tlsPolicy ?? 'Optional' },
          {
            id: 'suppression',
            header: 'Suppressed reasons',
            cell: (s) => (s.suppressedReasons.length ? s.suppressedReasons.join(', ') : 'Account default'),
          },
        ]}
      />
    </SpaceBetween>
  );
}
