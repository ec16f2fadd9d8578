import { create } from 'zustand';
import type { UserPoolSummary } from '../../shared/model/user-pools';
import type { ApiError } from '../api';
import { call, toApiError } from '../api';

interface Ref {
  profile: string;
  region: string;
}

interface PoolsState {
  key: string | undefined;
  items: UserPoolSummary[];
  loading: boolean;
  error: ApiError | undefined;
  load: (ref: Ref) => Promise<void>;
  remove: (ref: Ref, pool: UserPoolSummary, confirmName: string) => Promise<void>;
}

export const keyOf = (ref: Ref): string => `${ref.profile}\u0000${ref.region}`;

/** The user pools of the selected profile and region. */
export const usePools = create<PoolsState>((set, get) => ({
  key: undefined,
  items: [],
  loading: false,
  error: undefined,

  async load(ref) {
    const key = keyOf(ref);
    set((s) => ({ key, loading: true, error: undefined, items: s.key === key ? s.items : [] }));
    try {
      const items = await call('userPools:list', ref);
      if (get().key === key) set({ items, loading: false });
    } catch (error) {
      if (get().key === key) set({ loading: false, error: toApiError(error) });
    }
  },

  async remove(ref, pool, confirmName) {
    await call('userPools:delete', { ...ref, userPoolId: pool.id, confirmName });
    set((s) => ({ items: s.items.filter((p) => p.id !== pool.id) }));
  },
}));
