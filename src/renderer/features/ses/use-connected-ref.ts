import { useSession } from '../../stores/session';

/** The profile and region to query, only while connected; its key changes whenever either does. */
export function useConnectedRef(): { ref: { profile: string; region: string } | undefined; key: string | undefined } {
  const { profile, region, connectionState } = useSession();
  if (!profile || !region || connectionState !== 'connected') return { ref: undefined, key: undefined };
  return { ref: { profile, region }, key: `${profile}\u0000${region}` };
}
