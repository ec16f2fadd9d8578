/** The tabs of a pool (../shared/UI.md), in order; the id is the last part of the deep link #/pools/<id>/<tab>. */
export const POOL_TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'users', label: 'Users' },
  { id: 'groups', label: 'Groups' },
  { id: 'app-clients', label: 'App clients' },
  { id: 'sign-in', label: 'Sign-in' },
  { id: 'security', label: 'Security' },
  { id: 'threat-protection', label: 'Threat protection' },
  { id: 'messaging', label: 'Messaging' },
  { id: 'triggers', label: 'Triggers' },
  { id: 'domain', label: 'Domain' },
  { id: 'logs', label: 'Logs' },
  { id: 'tags', label: 'Tags' },
  { id: 'compare', label: 'Compare' },
] as const;

export type PoolTabId = (typeof POOL_TABS)[number]['id'];

export function isPoolTab(id: string | undefined): id is PoolTabId {
  return POOL_TABS.some((t) => t.id === id);
}
