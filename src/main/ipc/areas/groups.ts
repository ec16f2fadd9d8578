import type { groupChannels } from '../../../shared/ipc/areas/groups';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';

export function groupHandlers(_deps: HandlerDeps): AreaHandlers<typeof groupChannels> {
  return {};
}
