import { ComingSoon } from '../shell/coming-soon';
import type { PoolTabProps } from '../user-pools/pool-config-tab';

/** The users of a pool (Users & groups issue #5 fills this in). */
export function PoolUsersTab(_props: PoolTabProps) {
  return <ComingSoon title="Users" description="The users grid arrives with the Users & groups work." />;
}
