import { appHandlers } from './areas/app';
import { groupHandlers } from './areas/groups';
import { identityPoolHandlers } from './areas/identity-pools';
import { jobHandlers } from './areas/jobs';
import { poolFeatureHandlers } from './areas/pool-features';
import { sesHandlers } from './areas/ses';
import { sesTemplateHandlers } from './areas/ses-templates';
import { userIndexHandlers } from './areas/user-index';
import { userPoolHandlers } from './areas/user-pools';
import { userHandlers } from './areas/users';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './router';

export type { HandlerDeps } from './handler-deps';

/** The table of what each channel does, one part per area; each handler is a thin call into a service. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...userPoolHandlers(deps),
    ...poolFeatureHandlers(deps),
    ...userHandlers(deps),
    ...userIndexHandlers(deps),
    ...groupHandlers(deps),
    ...jobHandlers(deps),
    ...sesHandlers(deps),
    ...sesTemplateHandlers(deps),
    ...identityPoolHandlers(deps),
  };
}
