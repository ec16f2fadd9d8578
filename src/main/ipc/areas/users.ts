import type { userChannels } from '../../../shared/ipc/areas/users';
import { AppError } from '../../../shared/ipc/errors';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';

// The contract lands first so the UI can be built against it; the services follow.
const pending = (): Promise<never> => Promise.reject(new AppError('UNSUPPORTED', 'Not implemented yet'));

export function userHandlers(_deps: HandlerDeps): AreaHandlers<typeof userChannels> {
  return {
    'users:load': pending,
    'users:load-cancel': pending,
    'users:get': pending,
    'users:create': pending,
    'users:update-attributes': pending,
    'users:action': pending,
    'users:set-password': pending,
    'users:add-to-group': pending,
    'users:remove-from-group': pending,
  };
}
