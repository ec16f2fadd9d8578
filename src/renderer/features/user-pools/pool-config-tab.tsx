import Spinner from '@cloudscape-design/components/spinner';
import { useEffect, useMemo } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { usePoolConfig } from '../../stores/pool-config';
import { poolKey } from '../../stores/pool-key';
import { useActiveProfile } from '../../stores/session';
import { AppClientsTab } from './app-clients-tab';
import { CompareTab } from './compare-tab';
import { DomainTab } from './domain-tab';
import { LogsTab } from './logs-tab';
import { MessagingSection } from './messaging-section';
import { OverviewSection } from './overview-section';
import type { PoolTabId } from './pool-tabs';
import { SecuritySection } from './security-section';
import { SignInSection } from './sign-in-section';
import { TagsSection } from './tags-section';
import { ThreatProtectionTab } from './threat-protection-tab';
import { TriggersSection } from './triggers-section';

export interface PoolTabProps {
  profile: string;
  region: string;
  userPoolId: string;
  theme: 'light' | 'dark';
}

/** The configuration sections of a pool, built from one DescribeUserPool. */
export function PoolConfigTab({
  profile,
  region,
  userPoolId,
  section,
}: PoolTabProps & { section: Exclude<PoolTabId, 'users' | 'groups'> }) {
  const ref = useMemo(() => ({ profile, region, userPoolId }), [profile, region, userPoolId]);
  const entry = usePoolConfig((s) => s.entries[poolKey(ref)]);
  const load = usePoolConfig((s) => s.load);
  const readOnly = useActiveProfile()?.readOnly === true;
  useEffect(() => {
    void load(ref);
  }, [ref, load]);

  if (section === 'domain') return <DomainTab poolRef={ref} readOnly={readOnly} />;
  if (section === 'compare') return <CompareTab poolRef={ref} />;
  if (section === 'app-clients') return <AppClientsTab poolRef={ref} readOnly={readOnly} />;
  if (entry?.error && !entry.config) return <ErrorAlert error={entry.error} onRetry={() => void load(ref)} />;
  const config = entry?.config;
  if (!config) return <Spinner size="large" />;
  const props = { poolRef: ref, config, readOnly };
  switch (section) {
    case 'overview':
      return <OverviewSection poolRef={ref} config={config} />;
    case 'sign-in':
      return <SignInSection {...props} />;
    case 'security':
      return <SecuritySection {...props} />;
    case 'triggers':
      return <TriggersSection {...props} />;
    case 'logs':
      return <LogsTab {...props} />;
    case 'threat-protection':
      return <ThreatProtectionTab {...props} />;
    case 'messaging':
      return <MessagingSection {...props} />;
    default:
      return <TagsSection {...props} />;
  }
}
