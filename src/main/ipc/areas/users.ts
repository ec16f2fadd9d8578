import type { userChannels } from '../../../shared/ipc/areas/users';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';

export function userHandlers(_deps: HandlerDeps): AreaHandlers<typeof userChannels> {
  return {};
}
