import type { ChannelSpec } from '../channel-spec';

/** Groups: filled in by the Users & groups issue (#5). */
export const groupChannels = {} satisfies Record<string, ChannelSpec>;
