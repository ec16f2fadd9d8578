import { create } from 'zustand';
import type { Connection, ProfileSummary } from '../../shared/model/profiles';
import type { SandboxProgress } from '../../shared/model/sandbox';
import type { RateLimitOverrides } from '../../shared/model/rate-limits';
import type { Settings } from '../../shared/model/settings';
import type { ApiError } from '../api';
import { call, onEvent, toApiError } from '../api';

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'error';

interface SessionState {
  profiles: ProfileSummary[];
  settings: Settings | undefined;
  profile: string | undefined;
  region: string | undefined;
  connection: Connection | undefined;
  connectionState: ConnectionState;
  connectionError: ApiError | undefined;
  sandboxProgress: SandboxProgress | undefined;
  init: () => Promise<void>;
  select: (profile: string, region?: string) => Promise<void>;
  reconnect: () => Promise<void>;
  setReadOnly: (profile: string, readOnly: boolean) => Promise<void>;
  setTheme: (theme: Settings['theme']) => Promise<void>;
  /** Replaces every lowered request rate ({} = all at Cognito's documented defaults). */
  setRateLimits: (rateLimits: RateLimitOverrides) => Promise<void>;
  /** The share of the UserList rate a local index sync may use (0.1 to 1). */
  setIndexSyncShare: (indexSyncShare: number) => Promise<void>;
}

/** Who we are talking to: the profile list, the chosen profile and region, and the connection to it. */
export const useSession = create<SessionState>((set, get) => ({
  profiles: [],
  settings: undefined,
  profile: undefined,
  region: undefined,
  connection: undefined,
  connectionState: 'idle',
  connectionError: undefined,
  sandboxProgress: undefined,

  async init() {
    onEvent('sandbox:progress', (progress) => set({ sandboxProgress: progress }));
    try {
      const [settings, profiles] = await Promise.all([call('settings:get', {}), call('profiles:list', {})]);
      set({ settings, profiles });
      const remembered = profiles.find((p) => p.name === settings.lastProfile);
      const first = remembered ?? profiles[0];
      if (first) await get().select(first.name, remembered ? settings.lastRegion : undefined);
    } catch (error) {
      set({ connectionState: 'error', connectionError: toApiError(error) });
    }
  },

  async select(profile, region) {
    const summary = get().profiles.find((p) => p.name === profile);
    const chosenRegion = region ?? summary?.region ?? 'us-east-1';
    set({
      profile,
      region: chosenRegion,
      connection: undefined,
      connectionState: 'connecting',
      connectionError: undefined,
    });
    try {
      const connection = await call('profiles:connect', { profile, region: chosenRegion });
      if (get().profile !== profile || get().region !== chosenRegion) return;
      set({ connection, connectionState: 'connected', sandboxProgress: undefined });
      const settings = await call('settings:update', { lastProfile: profile, lastRegion: chosenRegion });
      set({ settings });
    } catch (error) {
      if (get().profile !== profile || get().region !== chosenRegion) return;
      set({ connectionState: 'error', connectionError: toApiError(error), sandboxProgress: undefined });
    }
  },

  async reconnect() {
    const { profile, region } = get();
    if (profile) await get().select(profile, region);
  },

  async setReadOnly(profile, readOnly) {
    const settings = await call('settings:set-read-only', { profile, readOnly });
    set({ settings, profiles: get().profiles.map((p) => (p.name === profile ? { ...p, readOnly } : p)) });
  },

  async setTheme(theme) {
    set({ settings: await call('settings:update', { theme }) });
  },

  async setRateLimits(rateLimits) {
    set({ settings: await call('settings:update', { rateLimits }) });
  },

  async setIndexSyncShare(indexSyncShare) {
    set({ settings: await call('settings:update', { indexSyncShare }) });
  },
}));

export function useActiveProfile(): ProfileSummary | undefined {
  return useSession((s) => s.profiles.find((p) => p.name === s.profile));
}
