import { useCallback, useEffect } from 'react';
import type { PoolRef } from '../../../shared/model/users';
import { draftKeyParts, installDraftGuard } from '../../lib/draft-guard';
import { usePoolConfig } from '../../stores/pool-config';
import { UNSAVED_USER_MESSAGE, USER_DRAFT_SECTION, userDraftKey } from '../../stores/users-panel';

/** A user's unsaved attribute edits: values set and attributes removed. */
export interface UserDraft {
  edits: Record<string, string>;
  removed: string[];
}
export const EMPTY_DRAFT: UserDraft = { edits: {}, removed: [] };

const isEmpty = (d: UserDraft): boolean => Object.keys(d.edits).length === 0 && d.removed.length === 0;

/** The draft of one user, in the shared drafts store; an empty draft is no draft (nothing to guard). */
export function useUserDraft(ref: PoolRef, username: string): [UserDraft, (draft: UserDraft) => void] {
  const key = userDraftKey(ref, username);
  const draft = usePoolConfig((s) => s.drafts[key] as UserDraft | undefined) ?? EMPTY_DRAFT;
  const setDraft = usePoolConfig((s) => s.setDraft);
  const update = useCallback((next: UserDraft) => setDraft(key, isEmpty(next) ? undefined : next), [key, setDraft]);
  return [draft, update];
}

let installed = false;

/** Leaving the pool (another screen, reload) with unsaved user edits asks first; the pool's own tabs are free. */
export function useUserDraftGuard(): void {
  useEffect(() => {
    if (installed) return;
    installed = true;
    installDraftGuard({
      message: UNSAVED_USER_MESSAGE,
      owns: (key) => draftKeyParts(key).section === USER_DRAFT_SECTION,
      shows: (hash, key) => {
        const base = `#/pools/${draftKeyParts(key).poolId}`;
        return hash === base || hash.startsWith(`${base}/`) || hash.startsWith(`${base}?`);
      },
    });
  }, []);
}
