import { appHandlers } from './areas/app';
import { userPoolHandlers } from './areas/user-pools';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './router';

export type { HandlerDeps } from './handler-deps';

/** The table of what each channel does, one part per area; each handler is a thin call into a service. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...userPoolHandlers(deps),
  };
}
