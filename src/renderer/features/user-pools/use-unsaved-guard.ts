import { useEffect } from 'react';
import { draftKeyParts, installDraftGuard } from '../../lib/draft-guard';

export const UNSAVED_MESSAGE = 'This pool has unsaved changes. Leave and discard them?';

const inside = (hash: string, poolId: string): boolean =>
  hash === `#/pools/${poolId}` || hash.startsWith(`#/pools/${poolId}/`) || hash.startsWith(`#/pools/${poolId}?`);

let installed = false;

/** Guards unsaved pool edits against navigation and reload; moving between a pool's own tabs is free. */
export function useUnsavedGuard(): void {
  useEffect(() => {
    if (installed) return;
    installed = true;
    installDraftGuard({
      message: UNSAVED_MESSAGE,
      // Template drafts live in the same store but have their own guard and page.
      owns: (key) => !draftKeyParts(key).section.startsWith('template-'),
      shows: (hash, key) => inside(hash, draftKeyParts(key).poolId),
    });
  }, []);
}
