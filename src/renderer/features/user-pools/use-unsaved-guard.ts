import { useEffect } from 'react';
import { usePoolConfig } from '../../stores/pool-config';

export const UNSAVED_MESSAGE = 'This pool has unsaved changes. Leave and discard them?';

/** The pool ids that have unsaved drafts (draft keys are profile, region, pool id, section joined by NUL). */
function dirtyPools(): Set<string> {
  return new Set(Object.keys(usePoolConfig.getState().drafts).map((key) => key.split('\u0000')[2] ?? ''));
}

const inside = (hash: string, poolId: string): boolean =>
  hash === `#/pools/${poolId}` || hash.startsWith(`#/pools/${poolId}/`) || hash.startsWith(`#/pools/${poolId}?`);

let installed = false;
let last = '';
let restoring = false;

/**
 * One window-level guard, installed once and reading the store when the hash changes, not a listener owned by
 * the page: React can unmount the page before a component's own listener would run. Leaving a pool with drafts
 * (another pool, another page) asks first; staying puts the hash back and the drafts, kept in the store, return.
 */
function install(): void {
  if (installed) return;
  installed = true;
  last = window.location.hash;
  window.addEventListener(
    'hashchange',
    (event) => {
      const next = window.location.hash;
      const leaving = [...dirtyPools()].filter((id) => inside(last, id) && !inside(next, id));
      if (restoring || leaving.length === 0) {
        restoring = false;
        last = next;
        return;
      }
      if (window.confirm(UNSAVED_MESSAGE)) {
        usePoolConfig.setState((s) => ({
          drafts: Object.fromEntries(
            Object.entries(s.drafts).filter(([k]) => !leaving.includes(k.split('\u0000')[2] ?? '')),
          ),
        }));
        last = next;
        return;
      }
      event.stopImmediatePropagation();
      restoring = true;
      window.location.hash = last;
    },
    true,
  );
  window.addEventListener('beforeunload', (event) => {
    if (dirtyPools().size > 0) event.preventDefault();
  });
}

/** Guards unsaved pool edits against navigation and reload; moving between a pool's own tabs is free. */
export function useUnsavedGuard(): void {
  useEffect(install, []);
}
