import { create } from 'zustand';
import type {
  AppClientConfig,
  AppClientSummary,
  ClientCreate,
  ClientEdit,
  ClientUpdateResult,
} from '../../shared/model/pool-clients';
import type { ApiError } from '../api';
import { call, toApiError } from '../api';
import type { PoolRef } from './pool-config';
import { poolKey } from './pool-key';

interface ClientList {
  items: AppClientSummary[];
  loading: boolean;
  error: ApiError | undefined;
}

interface PoolClientsState {
  lists: Record<string, ClientList>;
  /** Described clients, by pool key + client id. */
  configs: Record<string, AppClientConfig>;
  list: (ref: PoolRef) => Promise<void>;
  describe: (ref: PoolRef, clientId: string) => Promise<void>;
  create: (ref: PoolRef, client: ClientCreate) => Promise<AppClientConfig>;
  preview: (ref: PoolRef, clientId: string, edit: ClientEdit) => Promise<ClientUpdateResult>;
  apply: (ref: PoolRef, clientId: string, edit: ClientEdit) => Promise<ClientUpdateResult>;
  remove: (ref: PoolRef, clientId: string, confirmName: string) => Promise<void>;
}

export const clientKey = (ref: PoolRef, clientId: string): string => `${poolKey(ref)}\u0000${clientId}`;
const EMPTY: ClientList = { items: [], loading: false, error: undefined };

/** The app clients of the pools being edited. Secrets are never stored here: the reveal keeps its own. */
export const usePoolClients = create<PoolClientsState>((set, get) => {
  const patchList = (ref: PoolRef, part: Partial<ClientList>): void =>
    set((s) => ({ lists: { ...s.lists, [poolKey(ref)]: { ...(s.lists[poolKey(ref)] ?? EMPTY), ...part } } }));
  const keep = (ref: PoolRef, config: AppClientConfig): void =>
    set((s) => ({ configs: { ...s.configs, [clientKey(ref, config.clientId)]: config } }));
  const expected = (ref: PoolRef, clientId: string) => get().configs[clientKey(ref, clientId)]?.version;

  return {
    lists: {},
    configs: {},

    async list(ref) {
      patchList(ref, { loading: true, error: undefined });
      try {
        patchList(ref, { items: await call('userPools:list-clients', ref), loading: false });
      } catch (error) {
        patchList(ref, { loading: false, error: toApiError(error) });
      }
    },

    async describe(ref, clientId) {
      keep(ref, await call('userPools:describe-client', { ...ref, clientId }));
    },

    async create(ref, client) {
      const config = await call('userPools:create-client', { ...ref, client });
      keep(ref, config);
      await get().list(ref);
      return config;
    },

    async preview(ref, clientId, edit) {
      return call('userPools:preview-client-update', { ...ref, clientId, edit, expected: expected(ref, clientId) });
    },

    async apply(ref, clientId, edit) {
      const result = await call('userPools:update-client', {
        ...ref,
        clientId,
        edit,
        expected: expected(ref, clientId),
      });
      keep(ref, result.config);
      await get().list(ref);
      return result;
    },

    async remove(ref, clientId, confirmName) {
      await call('userPools:delete-client', { ...ref, clientId, confirmName });
      await get().list(ref);
    },
  };
});
