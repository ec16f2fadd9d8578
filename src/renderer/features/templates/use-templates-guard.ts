import { useEffect } from 'react';
import { draftKeyParts, installDraftGuard } from '../../lib/draft-guard';

export const TEMPLATES_UNSAVED = 'This message has unsaved changes. Leave and discard them?';

/** `#/templates/<pool>/<kind>` of a template draft: the one page where that draft is on screen. */
const pageOf = (key: string): string => {
  const { poolId, section } = draftKeyParts(key);
  return `#/templates/${poolId}/${section.slice('template-'.length)}`;
};

let installed = false;

/** Leaving a message with unsaved edits asks first, like the pool editor's guard. */
export function useTemplatesGuard(): void {
  useEffect(() => {
    if (installed) return;
    installed = true;
    installDraftGuard({
      message: TEMPLATES_UNSAVED,
      owns: (key) => draftKeyParts(key).section.startsWith('template-'),
      shows: (hash, key) => hash.startsWith(pageOf(key)),
    });
  }, []);
}
