import type { userPoolChannels } from '../../../shared/ipc/areas/user-pools';
import { addCustomAttributes, describePoolConfig, previewPoolUpdate, safeUpdatePool } from '../../services/pool-config';
import { deleteUserPool, listUserPools } from '../../services/user-pools';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function userPoolHandlers(deps: HandlerDeps): AreaHandlers<typeof userPoolChannels> {
  const idp = async (ref: { profile: string; region: string }, ctx: Parameters<typeof awsFor>[2]) =>
    (await awsFor(deps, ref, ctx)).cognitoIdp;
  return {
    'userPools:list': async (ref, ctx) => listUserPools(await idp(ref, ctx)),
    'userPools:describe': async (req, ctx) => describePoolConfig(await idp(req, ctx), req.userPoolId),
    'userPools:preview-update': async (req, ctx) =>
      previewPoolUpdate(await idp(req, ctx), req.userPoolId, req.edit, req.expected),
    'userPools:update': async (req, ctx) => safeUpdatePool(await idp(req, ctx), req.userPoolId, req.edit, req.expected),
    'userPools:add-custom-attributes': async (req, ctx) =>
      addCustomAttributes(await idp(req, ctx), req.userPoolId, req.attributes),
    'userPools:delete': async (req, ctx) => {
      await deleteUserPool(await idp(req, ctx), req.userPoolId, req.confirmName);
      return null;
    },
  };
}
