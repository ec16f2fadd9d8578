import type { userIndexChannels } from '../../../shared/ipc/areas/user-index';
import { DEFAULT_INDEX_SYNC_SHARE } from '../../../shared/model/settings';
import { shareThrottle } from '../../jobs/share-throttle';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

/** The sync throttles and retries itself, like the other jobs (see jobs.ts). */
const JOB = { purpose: 'job' } as const;

export function userIndexHandlers(deps: HandlerDeps): AreaHandlers<typeof userIndexChannels> {
  const { indexes } = deps;
  return {
    'userIndex:status': (ref) => indexes.status(ref),
    'userIndex:sync': async (ref, ctx) => {
      const { cognitoIdp: idp } = await awsFor(deps, ref, ctx, JOB);
      const share = deps.settings.get().indexSyncShare ?? DEFAULT_INDEX_SYNC_SHARE;
      const throttle = shareThrottle({
        shared: deps.limits.throttleFor(ref.profile, ref.region),
        share,
        rateOf: () => deps.limits.rateOf('UserList'),
      });
      const jobId = await indexes.startSync(ref, {
        jobs: deps.jobs,
        idp,
        throttle,
        share,
        emit: (p) => ctx.emit('jobs:progress', p),
      });
      return { jobId };
    },
    'userIndex:query': ({ query, ...ref }) => indexes.get(ref).query(query),
    'userIndex:count': async ({ selection, ...ref }) => ({ total: await indexes.get(ref).count(selection) }),
  };
}
