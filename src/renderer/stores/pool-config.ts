import { create } from 'zustand';
import type { PoolConfig, PoolEdit, PoolUpdateResult } from '../../shared/model/pool-config';
import type { CustomAttribute } from '../../shared/model/custom-attributes';
import type { ApiError } from '../api';
import { call, toApiError } from '../api';
import { poolKey } from './pool-key';

export interface PoolRef {
  profile: string;
  region: string;
  userPoolId: string;
}

interface Entry {
  config: PoolConfig | undefined;
  loading: boolean;
  error: ApiError | undefined;
}

interface PoolConfigState {
  entries: Record<string, Entry>;
  /** Unsaved section edits, keyed by pool and section: they survive a tab switch and are guarded on navigation. */
  drafts: Record<string, unknown>;
  load: (ref: PoolRef) => Promise<void>;
  preview: (ref: PoolRef, edit: PoolEdit) => Promise<PoolUpdateResult>;
  apply: (ref: PoolRef, edit: PoolEdit) => Promise<PoolUpdateResult>;
  addAttributes: (ref: PoolRef, attributes: CustomAttribute[]) => Promise<PoolConfig>;
  setDraft: (key: string, draft: unknown) => void;
  discardDrafts: (ref: PoolRef) => void;
}

export const draftKey = (ref: PoolRef, section: string): string => `${poolKey(ref)}\u0000${section}`;
const EMPTY: Entry = { config: undefined, loading: false, error: undefined };

/** The configuration of the pools being edited, and the user's unsaved edits of them. */
export const usePoolConfig = create<PoolConfigState>((set, get) => {
  const patch = (ref: PoolRef, part: Partial<Entry>): void =>
    set((s) => ({ entries: { ...s.entries, [poolKey(ref)]: { ...(s.entries[poolKey(ref)] ?? EMPTY), ...part } } }));
  const expected = (ref: PoolRef) => get().entries[poolKey(ref)]?.config?.version;

  return {
    entries: {},
    drafts: {},

    async load(ref) {
      patch(ref, { loading: true, error: undefined });
      try {
        patch(ref, { config: await call('userPools:describe', ref), loading: false });
      } catch (error) {
        patch(ref, { loading: false, error: toApiError(error) });
      }
    },

    // Both send the version the user is looking at: a pool changed meanwhile answers CONFLICT, not a wrong diff.
    async preview(ref, edit) {
      return call('userPools:preview-update', { ...ref, edit, expected: expected(ref) });
    },

    async apply(ref, edit) {
      const result = await call('userPools:update', { ...ref, edit, expected: expected(ref) });
      patch(ref, { config: result.config });
      return result;
    },

    async addAttributes(ref, attributes) {
      const config = await call('userPools:add-custom-attributes', { ...ref, attributes });
      patch(ref, { config });
      return config;
    },

    setDraft(key, draft) {
      set((s) => {
        const drafts = { ...s.drafts };
        if (draft === undefined) delete drafts[key];
        else drafts[key] = draft;
        return { drafts };
      });
    },

    discardDrafts(ref) {
      const prefix = `${poolKey(ref)}\u0000`;
      set((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([k]) => !k.startsWith(prefix))) }));
    },
  };
});
