import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { navigate } from '../../lib/use-hash-route';
import { usePools } from '../../stores/pools';
import { useSession } from '../../stores/session';
import { PoolGroupsTab } from '../groups/pool-groups-tab';
import { PoolUsersTab } from '../users/pool-users-tab';
import { PoolConfigTab } from './pool-config-tab';
import type { PoolTabId } from './pool-tabs';
import { POOL_TABS } from './pool-tabs';
import { useUnsavedGuard } from './use-unsaved-guard';

/** One pool, as tabs (#/pools/<id>/<tab>); each tab is owned by its area. */
export function PoolDetailPage({
  userPoolId,
  tab,
  theme,
}: {
  userPoolId: string;
  tab: PoolTabId;
  theme: 'light' | 'dark';
}) {
  const { profile, region, connectionState } = useSession();
  const pool = usePools((s) => s.items.find((p) => p.id === userPoolId));
  useUnsavedGuard();
  if (!profile || !region || connectionState !== 'connected') return null;
  const props = { profile, region, userPoolId, theme };
  const content = (id: PoolTabId) => {
    if (id === 'users') return <PoolUsersTab {...props} />;
    if (id === 'groups') return <PoolGroupsTab {...props} />;
    return <PoolConfigTab {...props} section={id} />;
  };
  return (
    <SpaceBetween size="m">
      <Header variant="h1" description={userPoolId}>
        {pool?.name ?? userPoolId}
      </Header>
      <Tabs
        activeTabId={tab}
        onChange={(e) => navigate(`#/pools/${userPoolId}/${e.detail.activeTabId}`)}
        tabs={POOL_TABS.map((t) => ({ id: t.id, label: t.label, content: t.id === tab ? content(t.id) : null }))}
      />
    </SpaceBetween>
  );
}
