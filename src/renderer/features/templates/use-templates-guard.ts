import { useEffect } from 'react';
import { usePoolConfig } from '../../stores/pool-config';

export const TEMPLATES_UNSAVED = 'This message has unsaved changes. Leave and discard them?';

/** Draft keys of unsaved template edits: profile, region, pool id and "template-<kind>", joined by NUL. */
const templateDrafts = (): string[] =>
  Object.keys(usePoolConfig.getState().drafts).filter((k) => k.split('\u0000')[3]?.startsWith('template-'));

/** `#/templates/<pool>/<kind>` of a draft key: the one page where that draft is on screen. */
const pageOf = (key: string): string => {
  const [, , poolId = '', section = ''] = key.split('\u0000');
  return `#/templates/${poolId}/${section.slice('template-'.length)}`;
};

let installed = false;
let last = '';
let restoring = false;

/**
 * Leaving a message with unsaved edits asks first, like the pool editor's guard (user-pools/use-unsaved-guard.ts),
 * and for the same reason is one window-level capture listener reading the store: the page may unmount before its
 * own listener would run. Staying puts the hash back; the draft, kept in the store, returns with the page.
 */
function install(): void {
  if (installed) return;
  installed = true;
  last = window.location.hash;
  window.addEventListener(
    'hashchange',
    (event) => {
      const next = window.location.hash;
      const leaving = templateDrafts().filter((k) => last.startsWith(pageOf(k)) && !next.startsWith(pageOf(k)));
      if (restoring || leaving.length === 0) {
        restoring = false;
        last = next;
        return;
      }
      if (window.confirm(TEMPLATES_UNSAVED)) {
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
    if (templateDrafts().length > 0) event.preventDefault();
  });
}

export function useTemplatesGuard(): void {
  useEffect(install, []);
}
