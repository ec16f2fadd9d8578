import type { identityPoolChannels } from '../../../shared/ipc/areas/identity-pools';
import { deleteIdentityPool, describeIdentityPool, listIdentityPools } from '../../services/identity-pools';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function identityPoolHandlers(deps: HandlerDeps): AreaHandlers<typeof identityPoolChannels> {
  return {
    'identityPools:list': async (ref, ctx) => listIdentityPools((await awsFor(deps, ref, ctx)).cognitoIdentity),
    'identityPools:describe': async (req, ctx) => {
      const aws = await awsFor(deps, req, ctx);
      return describeIdentityPool(aws.cognitoIdentity, aws.cognitoIdp, req.region, req.identityPoolId);
    },
    'identityPools:delete': async (req, ctx) => {
      await deleteIdentityPool((await awsFor(deps, req, ctx)).cognitoIdentity, req.identityPoolId, req.confirmName);
      return null;
    },
  };
}
