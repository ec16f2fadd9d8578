import { create } from 'zustand';
import type { PoolRef, UserFilter, UserMfa, UserPage, UserRow } from '../../shared/model/users';
import type { ApiError } from '../api';
import { call, onEvent, toApiError } from '../api';
import { useIndexStatus } from './index-status';
import { poolKey } from './pool-key';

/** How often streamed pages are handed to the grid: each hand-off diffs every row, so batch them. */
const PUBLISH_MS = 250;
/**
 * The most rows a load from Cognito keeps in the window: past it the load stops (quota and memory) and the screen
 * offers the local index, which pages any number of users from main.
 */
export const LIVE_ROW_CAP = 100_000;

interface UsersState {
  /** profile + region + pool + server filter the rows belong to. */
  key: string | undefined;
  loadId: string | undefined;
  rows: UserRow[];
  loaded: number;
  estimated: number | undefined;
  loading: boolean;
  /** The load stopped at LIVE_ROW_CAP rows: the pool has more. */
  capped: boolean;
  error: ApiError | undefined;
  filter: UserFilter | undefined;
  /** Starts (or restarts) a progressive load; a refresh of the same key keeps the rows shown until replaced. */
  load: (ref: PoolRef, filter?: UserFilter) => Promise<void>;
  cancel: () => void;
  /**
   * After a single-user write: put the fresh row in place without reloading the pool. Ignored when the rows
   * shown belong to another pool (a user opened from another pool's group members must not leak into this grid).
   */
  upsert: (ref: PoolRef, row: UserRow) => void;
  removeMany: (ref: PoolRef, usernames: readonly string[]) => void;
  /** MFA settings read by AdminGetUser (ListUsers has none) put on the rows shown. */
  setMfa: (ref: PoolRef, readings: readonly { username: string; mfa: UserMfa }[]) => void;
}

/** One load of a pool's users: the pool and the server-side filter it was listed with. */
export const loadKey = (ref: PoolRef, filter?: UserFilter): string =>
  `${poolKey(ref)}\u0000${filter ? `${filter.attribute}${filter.operator}${filter.value}` : ''}`;

// The load being received: rows by username, in arrival order; `seen` tells a refresh which old rows are gone.
let buffer = new Map<string, UserRow>();
let seen = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
let subscribed = false;
// Pages can overtake the users:load answer that names their load: hold them until the id is known.
let early: UserPage[] = [];

/** The users of one pool, streamed in from users:page events. */
export const useUsers = create<UsersState>((set, get) => {
  const publish = (): void => {
    timer = undefined;
    set({ rows: Array.from(buffer.values()) });
  };
  const schedule = (): void => {
    timer ??= setTimeout(publish, PUBLISH_MS);
  };

  const onPage = (page: UserPage): void => {
    if (page.loadId !== get().loadId) {
      if (get().loading && get().loadId === undefined && early.length < 10_000) early.push(page);
      return;
    }
    for (const row of page.rows) {
      // ListUsers has no MFA settings: a refresh keeps the ones read before (AdminGetUser) instead of blanking them.
      const before = row.mfa ? undefined : buffer.get(row.username)?.mfa;
      buffer.set(row.username, before ? { ...row, mfa: before } : row);
      seen.add(row.username);
    }
    set({ loaded: page.loaded, estimated: page.estimated ?? get().estimated });
    if (!page.done && buffer.size >= LIVE_ROW_CAP) {
      get().cancel();
      if (timer) clearTimeout(timer);
      publish();
      set({ capped: true });
      return;
    }
    if (!page.done) return schedule();
    if (!page.error) for (const name of Array.from(buffer.keys())) if (!seen.has(name)) buffer.delete(name);
    if (timer) clearTimeout(timer);
    publish();
    set({ loading: false, error: page.error && page.error.code !== 'CANCELLED' ? toApiError(page.error) : undefined });
  };

  return {
    key: undefined,
    loadId: undefined,
    rows: [],
    loaded: 0,
    estimated: undefined,
    loading: false,
    capped: false,
    error: undefined,
    filter: undefined,

    async load(ref, filter) {
      if (!subscribed) {
        subscribed = true;
        onEvent('users:page', onPage);
      }
      get().cancel();
      const key = loadKey(ref, filter);
      const refresh = get().key === key;
      if (!refresh) buffer = new Map();
      seen = new Set();
      early = [];
      set({
        key,
        filter,
        loadId: undefined,
        loading: true,
        capped: false,
        loaded: 0,
        error: undefined,
        ...(refresh ? {} : { rows: [], estimated: undefined }),
      });
      try {
        const { loadId } = await call('users:load', { ...ref, ...(filter ? { filter } : {}) });
        if (get().key === key) {
          set({ loadId });
          const waiting = early.filter((p) => p.loadId === loadId);
          early = [];
          for (const page of waiting) onPage(page);
        } else void call('users:load-cancel', { loadId }).catch(() => undefined);
      } catch (error) {
        if (get().key === key) set({ loading: false, error: toApiError(error) });
      }
    },

    cancel() {
      const { loadId, loading } = get();
      if (loadId && loading) void call('users:load-cancel', { loadId }).catch(() => undefined);
      set({ loading: false });
    },

    upsert(ref, row) {
      useIndexStatus.getState().edited(ref);
      if (get().key !== loadKey(ref, get().filter)) return;
      const before = row.mfa ? undefined : buffer.get(row.username)?.mfa;
      buffer.set(row.username, before ? { ...row, mfa: before } : row);
      set({ rows: Array.from(buffer.values()) });
    },

    removeMany(ref, usernames) {
      useIndexStatus.getState().edited(ref);
      if (get().key !== loadKey(ref, get().filter)) return;
      for (const name of usernames) buffer.delete(name);
      set({ rows: Array.from(buffer.values()) });
    },

    setMfa(ref, readings) {
      if (get().key !== loadKey(ref, get().filter)) return;
      for (const { username, mfa } of readings) {
        const row = buffer.get(username);
        if (row) buffer.set(username, { ...row, mfa });
      }
      set({ rows: Array.from(buffer.values()) });
    },
  };
});
