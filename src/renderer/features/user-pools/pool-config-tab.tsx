import { ComingSoon } from '../shell/coming-soon';
import type { PoolTabId } from './pool-tabs';

export interface PoolTabProps {
  profile: string;
  region: string;
  userPoolId: string;
  theme: 'light' | 'dark';
}

/** The configuration sections of a pool (User pools issue #4 fills these in). */
export function PoolConfigTab({ section }: PoolTabProps & { section: Exclude<PoolTabId, 'users' | 'groups'> }) {
  return (
    <ComingSoon title={section} description="The editor for this section of the pool arrives with the pool editors." />
  );
}
