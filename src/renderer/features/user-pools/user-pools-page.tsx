import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useCallback, useEffect, useState } from 'react';
import type { UserPoolSummary } from '../../../shared/model/user-pools';
import { call, toApiError } from '../../api';
import { DataGrid } from '../../components/data-grid';
import { ErrorAlert } from '../../components/error-alert';
import { navigate, useHashRoute } from '../../lib/use-hash-route';
import { useSlashFocus } from '../../lib/use-slash-focus';
import { keyOf, usePools } from '../../stores/pools';
import { useActiveProfile, useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { CreateFromFileButton } from './create-from-file';
import { CreatePoolWizard } from './create-pool-wizard';
import { DeletePoolModal } from './delete-pool-modal';
import { POOL_COLUMNS } from './pool-columns';

/** The user pools of the selected profile and region (ListUserPools, all pages), in a grid. */
export function UserPoolsPage({ theme }: { theme: 'light' | 'dark' }) {
  const { profile, region, connectionState } = useSession();
  const active = useActiveProfile();
  const { key, items: loaded, loading, error, load, remove } = usePools();
  const toast = useUi((s) => s.toast);
  const toastError = useUi((s) => s.toastError);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<UserPoolSummary | undefined>();
  const [deleting, setDeleting] = useState<UserPoolSummary | undefined>();
  const [busy, setBusy] = useState(false);
  const filterRef = useSlashFocus<HTMLDivElement>();
  const route = useHashRoute();

  const ref = profile && region ? { profile, region } : undefined;
  // Never show one profile's pools under another: rows belong to the profile+region they were loaded for.
  const items = ref && connectionState === 'connected' && key === keyOf(ref) ? loaded : [];
  const reload = useCallback(() => {
    if (ref) void load(ref);
  }, [ref?.profile, ref?.region, load]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (connectionState === 'connected') reload();
  }, [connectionState, reload]);

  const turnOffProtection = async (pool: UserPoolSummary): Promise<void> => {
    if (!ref) return;
    setBusy(true);
    try {
      await call('userPools:update', { ...ref, userPoolId: pool.id, edit: { DeletionProtection: 'INACTIVE' } });
      toast({ type: 'success', header: `Deletion protection is off for ${pool.name}` });
      setDeleting({ ...pool, deletionProtection: false });
      reload();
    } catch (e) {
      toastError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const confirmDelete = async (pool: UserPoolSummary, confirmName: string): Promise<void> => {
    if (!ref) return;
    setBusy(true);
    try {
      await remove(ref, pool, confirmName);
      toast({ type: 'success', header: `Deleted user pool ${pool.name}` });
      setSelected(undefined);
      setDeleting(undefined);
    } catch (e) {
      toastError(toApiError(e));
      setDeleting(undefined);
    } finally {
      setBusy(false);
    }
  };

  const notConnected = connectionState === 'error' || connectionState === 'idle';
  const counter = notConnected || (loading && items.length === 0) ? undefined : `(${items.length})`;
  // #/pools?create=1 is the Create user pool wizard: a deep link, so reload and back keep it.
  if (route.query.get('create') === '1' && ref && connectionState === 'connected') {
    return <CreatePoolWizard profile={ref.profile} region={ref.region} />;
  }
  return (
    <SpaceBetween size="m">
      <Header
        variant="h1"
        counter={counter}
        description={
          region ? `Amazon Cognito user pools in ${region}${active?.readOnly ? ' (read-only profile)' : ''}` : undefined
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="refresh" ariaLabel="Refresh user pools" onClick={reload} disabled={!ref || loading} />
            <Button disabled={!selected} onClick={() => setDeleting(selected)}>
              Delete
            </Button>
            {active?.readOnly || !ref ? null : <CreateFromFileButton profile={ref.profile} region={ref.region} />}
            {active?.readOnly ? null : (
              <Button variant="primary" disabled={!ref} onClick={() => navigate('#/pools?create=1')}>
                Create user pool
              </Button>
            )}
          </SpaceBetween>
        }
      >
        User pools
      </Header>
      {error && connectionState === 'connected' ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {/* Without a connection there is nothing to list: the banner above says why, an empty grid would mislead. */}
      {notConnected ? null : (
        <>
          <div ref={filterRef}>
            <TextFilter
              filteringText={filter}
              filteringPlaceholder="Filter user pools (press / to focus)"
              filteringAriaLabel="Filter user pools"
              onChange={(e) => setFilter(e.detail.filteringText)}
              countText={filter ? `${items.length} pools` : undefined}
            />
          </div>
          <DataGrid<UserPoolSummary>
            label="User pools"
            rows={items}
            columns={POOL_COLUMNS}
            getRowId={(p) => p.data.id}
            theme={theme}
            quickFilter={filter}
            loading={loading || connectionState === 'connecting'}
            onSelectionChanged={(rows) => setSelected(rows[0])}
            noRows={() => (
              <Box textAlign="center" color="inherit">
                <b>No user pools in {region}</b>
                <Box variant="p" color="inherit">
                  Create one, or switch region.
                </Box>
              </Box>
            )}
          />
        </>
      )}
      {deleting ? (
        <DeletePoolModal
          pool={deleting}
          busy={busy}
          onCancel={() => setDeleting(undefined)}
          onConfirm={(name) => void confirmDelete(deleting, name)}
          onTurnOffProtection={() => void turnOffProtection(deleting)}
        />
      ) : null}
    </SpaceBetween>
  );
}
