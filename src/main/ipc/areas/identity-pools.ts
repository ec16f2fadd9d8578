import type { identityPoolChannels } from '../../../shared/ipc/areas/identity-pools';
import { getIdentityPoolRoles, setIdentityPoolRoles } from '../../services/identity-pool-roles';
import { createIdentityPool, previewIdentityPoolUpdate, updateIdentityPool } from '../../services/identity-pool-write';
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
    'identityPools:create': async (req, ctx) => {
      const aws = await awsFor(deps, req, ctx);
      return createIdentityPool(aws.cognitoIdentity, aws.cognitoIdp, req.region, req.pool);
    },
    'identityPools:preview-update': async (req, ctx) =>
      previewIdentityPoolUpdate((await awsFor(deps, req, ctx)).cognitoIdentity, req.identityPoolId, req.edit),
    'identityPools:update': async (req, ctx) => {
      const aws = await awsFor(deps, req, ctx);
      return updateIdentityPool(aws.cognitoIdentity, aws.cognitoIdp, req.region, req.identityPoolId, req.edit);
    },
    'identityPools:get-roles': async (req, ctx) =>
      getIdentityPoolRoles((await awsFor(deps, req, ctx)).cognitoIdentity, req.identityPoolId),
    'identityPools:set-roles': async (req, ctx) =>
      setIdentityPoolRoles((await awsFor(deps, req, ctx)).cognitoIdentity, req.identityPoolId, req.roles),
    'identityPools:delete': async (req, ctx) => {
      await deleteIdentityPool((await awsFor(deps, req, ctx)).cognitoIdentity, req.identityPoolId, req.confirmName);
      return null;
    },
  };
}
