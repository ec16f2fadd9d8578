import type { jobChannels } from '../../../shared/ipc/areas/jobs';
import { AppError } from '../../../shared/ipc/errors';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';

// The contract lands first so the UI can be built against it; the services follow.
const pending = (): Promise<never> => Promise.reject(new AppError('UNSUPPORTED', 'Not implemented yet'));

export function jobHandlers(_deps: HandlerDeps): AreaHandlers<typeof jobChannels> {
  return {
    'jobs:start-bulk': pending,
    'jobs:start-export': pending,
    'jobs:list': pending,
    'jobs:get': pending,
    'jobs:cancel': pending,
    'jobs:retry-failures': pending,
  };
}
