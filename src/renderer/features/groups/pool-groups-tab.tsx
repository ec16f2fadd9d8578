import { ComingSoon } from '../shell/coming-soon';
import type { PoolTabProps } from '../user-pools/pool-config-tab';

/** The groups of a pool (Users & groups issue #5 fills this in). */
export function PoolGroupsTab(_props: PoolTabProps) {
  return <ComingSoon title="Groups" description="The groups grid arrives with the Users & groups work." />;
}
