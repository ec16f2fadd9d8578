import type { userPoolChannels } from '../../../shared/ipc/areas/user-pools';
import { deleteUserPool, listUserPools } from '../../services/user-pools';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function userPoolHandlers(deps: HandlerDeps): AreaHandlers<typeof userPoolChannels> {
  return {
    'userPools:list': async (ref, ctx) => listUserPools((await awsFor(deps, ref, ctx)).cognitoIdp),
    'userPools:delete': async (req, ctx) => {
      await deleteUserPool((await awsFor(deps, req, ctx)).cognitoIdp, req.userPoolId, req.confirmName);
      return null;
    },
  };
}
