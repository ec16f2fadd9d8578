import type { ChannelSpec } from '../channel-spec';

/** Jobs: filled in by the Users & groups issue (#5). */
export const jobChannels = {} satisfies Record<string, ChannelSpec>;
