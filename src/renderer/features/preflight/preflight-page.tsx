import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import type { PoolPreflight } from '../../../shared/preflight/types';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useConnectedLoad, useConnectedRef } from '../../lib/use-connected-ref';
import { useActiveProfile } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { FindingsTable, summary } from './findings-table';
import { useFindingFix } from './use-finding-fix';

function PoolSection({
  result,
  readOnly,
  onRecheck,
}: {
  result: PoolPreflight;
  readOnly: boolean;
  onRecheck: () => void;
}) {
  const fix = useFindingFix(useConnectedRef().ref?.profile, onRecheck);
  const failing = result.findings.some((f) => f.status === 'fail');
  const warning = result.findings.some((f) => f.status === 'warn');
  return (
    <ExpandableSection
      variant="container"
      defaultExpanded={failing}
      headerText={result.poolName}
      headerDescription={`${result.poolId} · ${summary(result.findings)}`}
      headerActions={
        <StatusIndicator type={failing ? 'error' : warning ? 'warning' : 'success'}>
          {failing ? 'Will not deliver' : warning ? 'Check warnings' : 'Ready'}
        </StatusIndicator>
      }
      data-testid={`preflight-${result.poolName}`}
    >
      <FindingsTable findings={result.findings} readOnly={readOnly} busyRule={fix.busyRule} onAction={fix.run} />
      {fix.modal}
    </ExpandableSection>
  );
}

/** The SES area's Pre-flight: every pool of the region, will its email be delivered, and the fixes. */
export function PreflightPage() {
  const { ref } = useConnectedRef();
  const readOnly = useActiveProfile()?.readOnly === true;
  const { toastError } = useUi();
  const { data, error, loading, reload } = useConnectedLoad((r) => call('preflight:region', r));
  const [rechecked, setRechecked] = useState<{
    base: PoolPreflight[] | undefined;
    pools: Record<string, PoolPreflight>;
  }>({
    base: undefined,
    pools: {},
  });
  const overrides = rechecked.base === data ? rechecked.pools : {};
  const recheck = (poolId: string) => {
    if (!ref) return;
    call('preflight:pool', { ...ref, userPoolId: poolId })
      .then((result) => setRechecked({ base: data, pools: { ...overrides, [poolId]: result } }))
      .catch((e: unknown) => toastError(toApiError(e)));
  };
  const results = (data ?? []).map((p) => overrides[p.poolId] ?? p);
  return (
    <SpaceBetween size="m">
      <Header
        variant="h1"
        counter={data ? `(${data.length})` : undefined}
        description={
          ref
            ? `Will each user pool’s email in ${ref.region} be delivered? Sending account, FROM identity, region, REPLY-TO, configuration set, SES sandbox and quota.`
            : undefined
        }
        actions={
          <Button iconName="refresh" ariaLabel="Re-check all pools" onClick={reload} disabled={!ref || loading} />
        }
      >
        Email pre-flight
      </Header>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {loading && !data ? <StatusIndicator type="loading">Checking every pool</StatusIndicator> : null}
      {data && data.length === 0 ? (
        <Box color="text-body-secondary">No user pools in {ref?.region}. Create one, or switch region.</Box>
      ) : null}
      {results.map((result) => (
        <PoolSection key={result.poolId} result={result} readOnly={readOnly} onRecheck={() => recheck(result.poolId)} />
      ))}
    </SpaceBetween>
  );
}
