import { useSession } from '../stores/session';
import type { Loaded } from './use-load';
import { useLoad } from './use-load';

export interface ConnectedRef {
  profile: string;
  region: string;
}

/** The profile and region to query, only while connected; its key changes whenever either does. */
export function useConnectedRef(): { ref: ConnectedRef | undefined; key: string | undefined } {
  const { profile, region, connectionState } = useSession();
  if (!profile || !region || connectionState !== 'connected') return { ref: undefined, key: undefined };
  return { ref: { profile, region }, key: `${profile}\u0000${region}` };
}

/** Loads for the connected profile and region, again whenever they change; nothing while not connected. */
export function useConnectedLoad<T>(load: (ref: ConnectedRef) => Promise<T>): Loaded<T> {
  const { ref, key } = useConnectedRef();
  return useLoad(key, () => (ref ? load(ref) : Promise.reject(new Error('not connected'))));
}
