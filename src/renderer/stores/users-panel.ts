import { create } from 'zustand';
import type { PoolRef } from '../../shared/model/users';
import { draftKey, usePoolConfig } from './pool-config';

/** What the app's split panel shows (../shared/UI.md: user detail or job progress); closed when undefined. */
export type PanelTarget =
  | {
      kind: 'user';
      ref: PoolRef;
      username: string;
      /** e.g. the email, when the username is an opaque id */ label?: string;
    }
  | { kind: 'job'; jobId: string };

/** The section of a user's unsaved attribute edits in the pool-config drafts (so the shared draft guard sees it). */
export const USER_DRAFT_SECTION = 'user-attributes';
export const UNSAVED_USER_MESSAGE = 'This user has unsaved attribute edits. Discard them?';

export const userDraftKey = (ref: PoolRef, username: string): string =>
  `${draftKey(ref, USER_DRAFT_SECTION)}\u0000${username}`;

interface PanelState {
  target: PanelTarget | undefined;
  /** Opens a target; from a user with unsaved attribute edits, only once the user agreed to discard them. */
  open: (target: PanelTarget) => void;
  /** Closes the panel, asking first when the user shown has unsaved attribute edits. */
  close: () => void;
  /** Closes without asking and drops the user's draft (the user was deleted). */
  discardAndClose: () => void;
}

const sameTarget = (a: PanelTarget | undefined, b: PanelTarget): boolean =>
  a?.kind === 'user' && b.kind === 'user'
    ? a.username === b.username && a.ref.userPoolId === b.ref.userPoolId && a.ref.profile === b.ref.profile
    : a?.kind === 'job' && b.kind === 'job' && a.jobId === b.jobId;

/** True when the panel may leave `target`: no unsaved attribute edits, or the user agreed to drop them. */
function mayLeave(target: PanelTarget | undefined): boolean {
  if (target?.kind !== 'user') return true;
  const key = userDraftKey(target.ref, target.username);
  if (!(key in usePoolConfig.getState().drafts)) return true;
  if (!window.confirm(UNSAVED_USER_MESSAGE)) return false;
  usePoolConfig.getState().setDraft(key, undefined);
  return true;
}

export const usePanel = create<PanelState>((set, get) => ({
  target: undefined,
  open: (target) => {
    if (sameTarget(get().target, target)) return set({ target });
    if (mayLeave(get().target)) set({ target });
  },
  close: () => {
    if (mayLeave(get().target)) set({ target: undefined });
  },
  discardAndClose: () => {
    const { target } = get();
    if (target?.kind === 'user')
      usePoolConfig.getState().setDraft(userDraftKey(target.ref, target.username), undefined);
    set({ target: undefined });
  },
}));
