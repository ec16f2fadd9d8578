import type { jobChannels } from '../../../shared/ipc/areas/jobs';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';

export function jobHandlers(_deps: HandlerDeps): AreaHandlers<typeof jobChannels> {
  return {};
}
