import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import type { Route } from '../../lib/use-hash-route';
import { navigate } from '../../lib/use-hash-route';
import { usePools } from '../../stores/pools';

const AREA_TITLES: Record<string, string> = {
  dashboard: 'Dashboard',
  pools: 'User pools',
  users: 'Users & groups',
  'identity-pools': 'Identity pools',
  ses: 'SES',
  templates: 'Templates',
  jobs: 'Jobs',
  settings: 'Settings',
};
const SES_PAGES: Record<string, string> = {
  account: 'Account',
  identities: 'Identities',
  'config-sets': 'Configuration sets',
};

/** Where the user is: area, then the pool or SES page, as links back up. */
export function Breadcrumbs({ route }: { route: Route }) {
  const poolName = usePools((s) => s.items.find((p) => p.id === route.rest[0])?.name);
  const items: BreadcrumbGroupProps.Item[] = [
    { text: 'cognito-console', href: '#/pools' },
    { text: AREA_TITLES[route.area] ?? 'Not found', href: `#/${route.area}` },
  ];
  const [first] = route.rest;
  if (route.area === 'pools' && first) items.push({ text: poolName ?? first, href: `#/pools/${first}/overview` });
  if (route.area === 'ses')
    items.push({ text: SES_PAGES[first ?? 'account'] ?? 'Account', href: `#/ses/${first ?? 'account'}` });
  return (
    <BreadcrumbGroup
      items={items}
      onFollow={(e) => {
        e.preventDefault();
        navigate(e.detail.href);
      }}
    />
  );
}
