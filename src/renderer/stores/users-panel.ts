import { create } from 'zustand';
import type { PoolRef } from '../../shared/model/users';

/** What the app's split panel shows (../shared/UI.md: user detail or job progress); closed when undefined. */
export type PanelTarget =
  | {
      kind: 'user';
      ref: PoolRef;
      username: string;
      /** e.g. the email, when the username is an opaque id */ label?: string;
    }
  | { kind: 'job'; jobId: string };

interface PanelState {
  target: PanelTarget | undefined;
  open: (target: PanelTarget) => void;
  close: () => void;
}

export const usePanel = create<PanelState>((set) => ({
  target: undefined,
  open: (target) => set({ target }),
  close: () => set({ target: undefined }),
}));
