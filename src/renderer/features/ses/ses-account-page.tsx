import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import type { SesAccount } from '../../../shared/model/ses';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useConnectedLoad, useConnectedRef } from '../../lib/use-connected-ref';
import { useActiveProfile } from '../../stores/session';
import { ProductionAccessForm } from './production-access-form';

const count = new Intl.NumberFormat();

/** What the account's SES state means for the pools that send through it. */
function consequence(account: SesAccount): string {
  if (!account.sendingEnabled)
    return 'Sending is paused for this account: no pool using SES in this region can send email.';
  if (!account.productionAccessEnabled) {
    return (
      `In the SES sandbox: email goes only to verified recipients, at most ${count.format(account.max24HourSend ?? 200)} a day ` +
      `and ${account.maxSendRate ?? 1} a second. Invitations and verification codes to other addresses will fail.`
    );
  }
  return `Production access: up to ${count.format(account.max24HourSend ?? 0)} emails a day, ${account.maxSendRate ?? 0} a second.`;
}

export function SesAccountPage() {
  const { ref } = useConnectedRef();
  const readOnly = useActiveProfile()?.readOnly === true;
  const loaded = useConnectedLoad((r) => call('ses:account', r));
  const [requested, setRequested] = useState<{ base: SesAccount | undefined; account: SesAccount }>();
  // The answer of a request replaces the loaded account until the next load.
  const data = requested && requested.base === loaded.data ? requested.account : loaded.data;
  const { error, loading, reload } = loaded;
  const used = data?.max24HourSend ? Math.min(100, ((data.sentLast24Hours ?? 0) / data.max24HourSend) * 100) : 0;
  return (
    <SpaceBetween size="m">
      <Header
        variant="h1"
        description={ref ? `Amazon SES in ${ref.region}` : undefined}
        actions={
          <Button iconName="refresh" ariaLabel="Refresh SES account" onClick={reload} disabled={!ref || loading} />
        }
      >
        SES account
      </Header>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <StatusIndicator type="loading">Loading</StatusIndicator> : null}
      {data ? (
        <Container header={<Header variant="h2">Sending status</Header>}>
          <SpaceBetween size="l">
            <KeyValuePairs
              columns={3}
              items={[
                {
                  label: 'Access',
                  value: data.productionAccessEnabled ? (
                    <StatusIndicator type="success">Production</StatusIndicator>
                  ) : (
                    <StatusIndicator type="warning">Sandbox</StatusIndicator>
                  ),
                },
                {
                  label: 'Sending',
                  value: (
                    <StatusIndicator type={data.sendingEnabled ? 'success' : 'error'}>
                      {data.sendingEnabled ? 'Enabled' : 'Paused'}
                    </StatusIndicator>
                  ),
                },
                { label: 'Enforcement status', value: data.enforcementStatus ?? '-' },
                {
                  label: 'Maximum send rate',
                  value: data.maxSendRate !== undefined ? `${data.maxSendRate} emails/s` : '-',
                },
                { label: 'Production access review', value: data.reviewStatus ?? 'Not requested' },
              ]}
            />
            <ProgressBar
              label="Sent in the last 24 hours"
              value={used}
              additionalInfo={`${count.format(data.sentLast24Hours ?? 0)} of ${count.format(data.max24HourSend ?? 0)}`}
            />
            <Box data-testid="ses-consequence">{consequence(data)}</Box>
          </SpaceBetween>
        </Container>
      ) : null}
      {ref && !loading && !data?.productionAccessEnabled ? (
        <ProductionAccessForm
          key={`${ref.profile}\u0000${ref.region}`}
          ref_={ref}
          account={data}
          readOnly={readOnly}
          onRequested={(account) => setRequested({ base: loaded.data, account })}
        />
      ) : null}
    </SpaceBetween>
  );
}
