import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect, useMemo, useState } from 'react';
import { toApiError } from '../../api';
import { parseHash } from '../../lib/use-hash-route';
import { useIndexStatus } from '../../stores/index-status';
import { poolKey } from '../../stores/pool-key';
import { useUi } from '../../stores/ui';
import { usePanel } from '../../stores/users-panel';
import { useUsers } from '../../stores/users';
import type { PoolTabProps } from '../user-pools/pool-config-tab';
import type { UsersSource } from './index-status-bar';
import { IndexStatusBar } from './index-status-bar';
import { IndexUsersView } from './index-users-view';
import { LiveUsersView } from './live-users-view';

/**
 * The Users tab. A pool with a complete local index opens from it (any size, no Cognito call); one without opens
 * from Cognito at once (ListUsers streamed, like the AWS console) and offers to build the index. The user can
 * switch either way; the choice holds while the tab is open.
 */
export function PoolUsersTab({ profile, region, userPoolId, theme }: PoolTabProps) {
  const ref = useMemo(() => ({ profile, region, userPoolId }), [profile, region, userPoolId]);
  const key = poolKey(ref);
  const status = useIndexStatus((s) => s.byPool[key]);
  const statusError = useIndexStatus((s) => s.errors[key]);
  const loadStatus = useIndexStatus((s) => s.load);
  const startSync = useIndexStatus((s) => s.sync);
  const openPanel = usePanel((s) => s.open);
  const closePanel = usePanel((s) => s.close);
  const toast = useUi((s) => s.toast);
  const toastError = useUi((s) => s.toastError);
  const [chosen, setChosen] = useState<{ key: string; source: UsersSource }>();
  const [syncing, setSyncing] = useState(false);
  const [quick, setQuick] = useState(() => parseHash(window.location.hash).query.get('q') ?? '');

  useEffect(() => void loadStatus(ref), [ref, loadStatus]);
  useEffect(() => closePanel, [closePanel]);
  // Keep the quick filter in the deep link (#/pools/<id>/users?q=...) so reload and shared links keep it.
  // replaceState fires no hashchange: the route does not re-render, and typing adds no history entries.
  useEffect(() => {
    const base = `#/pools/${userPoolId}/users`;
    const next = quick ? `${base}?q=${encodeURIComponent(quick)}` : base;
    const current = window.location.hash;
    if ((current === base || current.startsWith(`${base}?`)) && current !== next) {
      window.history.replaceState(window.history.state, '', next);
    }
  }, [quick, userPoolId]);

  const known = status !== undefined || statusError !== undefined;
  const preferred: UsersSource = status?.lastCompleteAt && status.users > 0 ? 'index' : 'live';
  const source = chosen?.key === key ? chosen.source : preferred;
  // The index answers: a ListUsers stream still running for this pool would spend quota for nothing.
  useEffect(() => {
    if (known && source === 'index') useUsers.getState().cancel();
  }, [known, source]);

  const sync = async (): Promise<void> => {
    setSyncing(true);
    try {
      const jobId = await startSync(ref);
      openPanel({ kind: 'job', jobId });
      toast({
        type: 'info',
        header: 'Index sync started',
        content: 'It reads the pool with a share of the ListUsers quota (Settings), so your applications keep theirs.',
      });
    } catch (error) {
      toastError(toApiError(error));
    } finally {
      setSyncing(false);
    }
  };

  if (!known) {
    return (
      <Box padding="l">
        <StatusIndicator type="loading">Opening the users of {userPoolId}</StatusIndicator>
      </Box>
    );
  }
  const statusBar = (
    <IndexStatusBar
      status={status}
      source={source}
      onSource={(s) => setChosen({ key, source: s })}
      onSync={() => void sync()}
      syncing={syncing}
    />
  );
  const view = { poolRef: ref, theme, statusBar, quick, setQuick };
  return source === 'index' && status ? (
    <IndexUsersView key={key} status={status} {...view} />
  ) : (
    <LiveUsersView {...view} />
  );
}
