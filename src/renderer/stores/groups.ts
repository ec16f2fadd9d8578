import { create } from 'zustand';
import type { GroupSummary } from '../../shared/model/groups';
import type { PoolRef } from '../../shared/model/users';
import type { ApiError } from '../api';
import { call, toApiError } from '../api';

interface GroupsState {
  key: string | undefined;
  items: GroupSummary[];
  loading: boolean;
  error: ApiError | undefined;
  load: (ref: PoolRef) => Promise<void>;
  /** Loads only when this pool's groups are not loaded yet (the user detail asks on every open). */
  ensure: (ref: PoolRef) => Promise<void>;
}

export const groupsKey = (ref: PoolRef): string => [ref.profile, ref.region, ref.userPoolId].join('\u0000');

/** The groups of one pool (ListGroups, all pages). */
export const useGroups = create<GroupsState>((set, get) => ({
  key: undefined,
  items: [],
  loading: false,
  error: undefined,

  async load(ref) {
    const key = groupsKey(ref);
    set((s) => ({ key, loading: true, error: undefined, items: s.key === key ? s.items : [] }));
    try {
      const items = await call('groups:list', ref);
      if (get().key === key) set({ items, loading: false });
    } catch (error) {
      if (get().key === key) set({ loading: false, error: toApiError(error) });
    }
  },

  async ensure(ref) {
    if (get().key !== groupsKey(ref)) await get().load(ref);
  },
}));
