import { useEffect } from 'react';
import type { PoolRef } from '../../stores/pool-config';
import { poolKey, usePoolConfig } from '../../stores/pool-config';

export const UNSAVED_MESSAGE = 'This pool has unsaved changes. Leave and discard them?';

/**
 * Asks before leaving a pool with unsaved edits (another pool, another page, a reload). Moving between the pool's
 * own tabs is free: drafts live in the store and come back with the tab.
 */
export function useUnsavedGuard(ref: PoolRef | undefined): void {
  const prefix = ref ? `${poolKey(ref)}\u0000` : undefined;
  const dirty = usePoolConfig((s) => prefix !== undefined && Object.keys(s.drafts).some((k) => k.startsWith(prefix)));
  const discardDrafts = usePoolConfig((s) => s.discardDrafts);
  useEffect(() => {
    if (!dirty || !ref) return;
    const own = `#/pools/${ref.userPoolId}`;
    let last = window.location.hash;
    let restoring = false;
    const onHash = (): void => {
      const next = window.location.hash;
      if (restoring || next === own || next.startsWith(`${own}/`) || next.startsWith(`${own}?`)) {
        restoring = false;
        last = next;
        return;
      }
      if (window.confirm(UNSAVED_MESSAGE)) discardDrafts(ref);
      else {
        restoring = true;
        window.location.hash = last;
      }
    };
    const onUnload = (e: BeforeUnloadEvent): void => e.preventDefault();
    window.addEventListener('hashchange', onHash);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty, ref?.profile, ref?.region, ref?.userPoolId, discardDrafts]); // eslint-disable-line react-hooks/exhaustive-deps
}
