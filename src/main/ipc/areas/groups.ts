import type { groupChannels } from '../../../shared/ipc/areas/groups';
import { AppError } from '../../../shared/ipc/errors';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';

// The contract lands first so the UI can be built against it; the services follow.
const pending = (): Promise<never> => Promise.reject(new AppError('UNSUPPORTED', 'Not implemented yet'));

export function groupHandlers(_deps: HandlerDeps): AreaHandlers<typeof groupChannels> {
  return {
    'groups:list': pending,
    'groups:members': pending,
    'groups:create': pending,
    'groups:update': pending,
    'groups:delete': pending,
  };
}
