import type { ChannelSpec } from '../channel-spec';

/** Users: filled in by the Users & groups issue (#5). */
export const userChannels = {} satisfies Record<string, ChannelSpec>;
