import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';
import { openFindings } from '../../../shared/preflight/run';
import type { PoolPreflight } from '../../../shared/preflight/types';
import type { ApiError } from '../../api';
import { call } from '../../api';
import type { Loaded } from '../../lib/use-load';
import { navigate } from '../../lib/use-hash-route';
import { useConnectedLoad, useConnectedRef } from '../../lib/use-connected-ref';

const count = new Intl.NumberFormat();

function Counter<T>({
  label,
  href,
  loaded,
  value,
}: {
  label: string;
  href: string;
  loaded: Loaded<T>;
  value: (data: T) => ReactNode;
}) {
  return (
    <div>
      <Box variant="awsui-key-label">
        <Link
          href={href}
          onFollow={(e) => {
            e.preventDefault();
            navigate(href);
          }}
        >
          {label}
        </Link>
      </Box>
      <div data-testid={`dashboard-${label.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '')}`}>
        {loaded.error && loaded.data === undefined ? (
          <Box padding={{ top: 's' }}>
            <Unavailable error={loaded.error} />
          </Box>
        ) : (
          <Box variant="awsui-value-large">{loaded.data !== undefined ? value(loaded.data) : '…'}</Box>
        )}
      </div>
    </div>
  );
}

function Unavailable({ error }: { error: ApiError }) {
  return (
    <StatusIndicator type={error.code === 'UNSUPPORTED' ? 'info' : 'error'}>
      {error.code === 'UNSUPPORTED' ? 'Not on this endpoint' : error.code}
    </StatusIndicator>
  );
}

/** The profile and region at a glance: pools, users, identity pools and whether SES can deliver. */
export function DashboardPage() {
  const { ref } = useConnectedRef();
  const pools = useConnectedLoad((r) => call('userPools:list', r));
  const identityPools = useConnectedLoad((r) => call('identityPools:list', r));
  const ses = useConnectedLoad((r) => call('ses:account', r));
  const identities = useConnectedLoad((r) => call('ses:identities', r));
  const preflight = useConnectedLoad((r) => call('preflight:region', r));
  return (
    <SpaceBetween size="m">
      <Header variant="h1" description={ref ? `${ref.profile} in ${ref.region}` : 'Not connected'}>
        Dashboard
      </Header>
      <Container header={<Header variant="h2">Overview</Header>}>
        <ColumnLayout columns={4} variant="text-grid">
          <Counter label="User pools" href="#/pools" loaded={pools} value={(p) => count.format(p.length)} />
          <Counter
            label="Users (estimated)"
            href="#/users"
            loaded={pools}
            value={(p) => count.format(p.reduce((sum, pool) => sum + (pool.estimatedUsers ?? 0), 0))}
          />
          <Counter
            label="Identity pools"
            href="#/identity-pools"
            loaded={identityPools}
            value={(p) => count.format(p.length)}
          />
          <Counter
            label="SES identities"
            href="#/ses/identities"
            loaded={identities}
            value={(i) => count.format(i.length)}
          />
        </ColumnLayout>
      </Container>
      <Container header={<Header variant="h2">Email delivery</Header>}>
        <ColumnLayout columns={2} variant="text-grid">
          <Counter
            label="SES account"
            href="#/ses/account"
            loaded={ses}
            value={(a) =>
              a.productionAccessEnabled ? (
                <StatusIndicator type="success">Production access</StatusIndicator>
              ) : (
                <StatusIndicator type="warning">In the SES sandbox: verified recipients only</StatusIndicator>
              )
            }
          />
          <Counter label="Open findings" href="#/ses/preflight" loaded={preflight} value={findingsSummary} />
        </ColumnLayout>
      </Container>
    </SpaceBetween>
  );
}

/** Pre-flight failures and warnings across the region's pools: the count, then what it is made of. */
function findingsSummary(pools: PoolPreflight[]): ReactNode {
  const open = pools.flatMap((p) => openFindings(p.findings));
  const fails = open.filter((f) => f.status === 'fail').length;
  const affected = pools.filter((p) => openFindings(p.findings).length > 0).length;
  return (
    <SpaceBetween size="xxs">
      <span>{count.format(open.length)}</span>
      {open.length > 0 ? (
        <Box variant="small" data-testid="dashboard-open-findings-detail">
          {`${count.format(fails)} failing, ${count.format(open.length - fails)} warnings in ${count.format(affected)} of ${count.format(pools.length)} pools`}
        </Box>
      ) : null}
    </SpaceBetween>
  );
}
