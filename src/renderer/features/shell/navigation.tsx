import SideNavigation from '@cloudscape-design/components/side-navigation';
import type { SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { useEffect } from 'react';
import { navigate } from '../../lib/use-hash-route';
import { runningCount, useJobs } from '../../stores/jobs';

const ITEMS: SideNavigationProps.Item[] = [
  { type: 'link', text: 'Dashboard', href: '#/dashboard' },
  { type: 'link', text: 'User pools', href: '#/pools' },
  { type: 'link', text: 'Users & groups', href: '#/users' },
  { type: 'link', text: 'Identity pools', href: '#/identity-pools' },
  {
    type: 'section',
    text: 'SES',
    items: [
      { type: 'link', text: 'Account', href: '#/ses/account' },
      { type: 'link', text: 'Identities', href: '#/ses/identities' },
      { type: 'link', text: 'Configuration sets', href: '#/ses/config-sets' },
      { type: 'link', text: 'Pre-flight', href: '#/ses/preflight' },
      { type: 'link', text: 'Templates', href: '#/templates' },
    ],
  },
  { type: 'divider' },
  { type: 'link', text: 'Jobs', href: '#/jobs' },
  { type: 'link', text: 'Settings', href: '#/settings' },
];

/** The one navigation of the app (../shared/UI.md): areas to come are listed now so the map never changes. */
export function Navigation({ activeHref }: { activeHref: string }) {
  const running = useJobs(runningCount);
  const init = useJobs((s) => s.init);
  useEffect(() => init(), [init]);
  // The Jobs item carries the running count (../shared/UI.md: "Jobs (2)").
  const items = running
    ? ITEMS.map((i) => (i.type === 'link' && i.href === '#/jobs' ? { ...i, text: `Jobs (${running})` } : i))
    : ITEMS;
  return (
    <SideNavigation
      header={{ text: 'cognito-console', href: '#/pools' }}
      activeHref={activeHref}
      items={items}
      onFollow={(e) => {
        e.preventDefault();
        navigate(e.detail.href);
      }}
    />
  );
}
