import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useLoad } from '../../lib/use-load';
import { usePoolConfig } from '../../stores/pool-config';
import { poolKey } from '../../stores/pool-key';
import { useActiveProfile } from '../../stores/session';
import { FindingsTable, summary } from './findings-table';
import { useFindingFix } from './use-finding-fix';

interface Props {
  poolRef: { profile: string; region: string; userPoolId: string };
}

/** Self-contained: the email pre-flight of one pool (for its Messaging tab), with fixes and a re-check. */
export function PoolPreflight({ poolRef }: Props) {
  const readOnly = useActiveProfile()?.readOnly === true;
  const { profile, region, userPoolId } = poolRef;
  // The pool's settings as the editor last read them: a saved change (e.g. a new FROM address) checks again by itself.
  const fingerprint = usePoolConfig((s) => s.entries[poolKey(poolRef)]?.config?.version.fingerprint);
  const { data, error, loading, reload } = useLoad(`${poolKey(poolRef)}\u0000${fingerprint ?? ''}`, () =>
    call('preflight:pool', { profile, region, userPoolId }),
  );
  const fix = useFindingFix(profile, reload);
  return (
    <Container
      data-testid="pool-preflight"
      header={
        <Header
          variant="h2"
          description={data ? summary(data.findings) : 'Will this pool’s email be delivered?'}
          actions={
            <Button iconName="refresh" onClick={reload} loading={loading} ariaLabel="Re-check email pre-flight">
              Re-check
            </Button>
          }
        >
          Email pre-flight
        </Header>
      }
    >
      <SpaceBetween size="s">
        {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
        {loading && !data ? <StatusIndicator type="loading">Checking</StatusIndicator> : null}
        {data ? (
          <FindingsTable findings={data.findings} readOnly={readOnly} busyRule={fix.busyRule} onAction={fix.run} />
        ) : null}
      </SpaceBetween>
      {fix.modal}
    </Container>
  );
}
