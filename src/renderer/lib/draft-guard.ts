import { usePoolConfig } from '../stores/pool-config';

export interface DraftGuard {
  /** Asked before discarding, e.g. "This pool has unsaved changes. Leave and discard them?". */
  message: string;
  /** Which drafts this guard owns (draft keys are profile, region, pool id, section joined by NUL). */
  owns: (key: string) => boolean;
  /** Whether a location is still where the draft is on screen: moving there is free. */
  shows: (hash: string, key: string) => boolean;
}

/**
 * One window-level guard per kind of draft, installed once and reading the store when the hash changes, not a
 * listener owned by the page: React can unmount the page before a component's own listener would run. Leaving the
 * page of an unsaved draft asks first; staying puts the hash back, and the draft, kept in the store, returns.
 */
export function installDraftGuard(guard: DraftGuard): void {
  let last = window.location.hash;
  let restoring = false;
  const owned = (): string[] => Object.keys(usePoolConfig.getState().drafts).filter(guard.owns);
  window.addEventListener(
    'hashchange',
    (event) => {
      const next = window.location.hash;
      const leaving = owned().filter((k) => guard.shows(last, k) && !guard.shows(next, k));
      if (restoring || leaving.length === 0) {
        restoring = false;
        last = next;
        return;
      }
      if (window.confirm(guard.message)) {
        usePoolConfig.setState((s) => ({
          drafts: Object.fromEntries(Object.entries(s.drafts).filter(([k]) => !leaving.includes(k))),
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
    if (owned().length > 0) event.preventDefault();
  });
}

/** The parts of a draft key. */
export function draftKeyParts(key: string): { poolId: string; section: string } {
  const [, , poolId = '', section = ''] = key.split('\u0000');
  return { poolId, section };
}
