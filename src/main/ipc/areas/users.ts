import type { userChannels } from '../../../shared/ipc/areas/users';
import { describePoolShape, importHeader } from '../../services/export/columns';
import { getUserDetail } from '../../services/users';
import { checkImportFile } from '../../services/users-import';
import { readUsersMfa, setUserMfa } from '../../services/users-mfa';
import {
  addToGroup,
  createUser,
  removeFromGroup,
  setPassword,
  updateAttributes,
  userAction,
} from '../../services/users-lifecycle';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function userHandlers(deps: HandlerDeps): AreaHandlers<typeof userChannels> {
  const idpFor = async (ref: { profile: string; region: string }, ctx: Parameters<typeof awsFor>[2]) =>
    (await awsFor(deps, ref, ctx)).cognitoIdp;
  return {
    'users:load': async (req, ctx) => {
      const idp = await idpFor(req, ctx);
      const throttle = deps.limits.throttleFor(req.profile, req.region);
      const loadId = deps.loads.start(idp, req.userPoolId, req.filter, throttle, (page) =>
        ctx.emit('users:page', page),
      );
      return { loadId };
    },
    'users:load-cancel': ({ loadId }) => {
      deps.loads.cancel(loadId);
      return Promise.resolve(null);
    },
    'users:get': async (req, ctx) => getUserDetail(await idpFor(req, ctx), req.userPoolId, req.username),
    'users:create': async (req, ctx) => createUser(await idpFor(req, ctx), req.userPoolId, req),
    'users:update-attributes': async (req, ctx) =>
      updateAttributes(await idpFor(req, ctx), req.userPoolId, req.username, req.attributes, req.deleteAttributes),
    'users:action': async (req, ctx) => {
      await userAction(await idpFor(req, ctx), req.userPoolId, req.username, req.action);
      return null;
    },
    'users:set-password': async (req, ctx) => {
      await setPassword(await idpFor(req, ctx), req.userPoolId, req.username, req.password, req.permanent);
      return null;
    },
    'users:add-to-group': async (req, ctx) => {
      await addToGroup(await idpFor(req, ctx), req.userPoolId, req.username, req.groupName);
      return null;
    },
    'users:mfa': async (req, ctx) =>
      readUsersMfa(
        await idpFor(req, ctx),
        req.userPoolId,
        req.usernames,
        deps.limits.throttleFor(req.profile, req.region),
      ),
    'users:set-mfa': async (req, ctx) => setUserMfa(await idpFor(req, ctx), req.userPoolId, req.username, req.mfa),
    'users:import-header': async (req, ctx) => ({ header: await poolImportHeader(deps, req, ctx) }),
    'users:import-check': async (req, ctx) => checkImportFile(req.csv, await poolImportHeader(deps, req, ctx)),
    'users:remove-from-group': async (req, ctx) => {
      await removeFromGroup(await idpFor(req, ctx), req.userPoolId, req.username, req.groupName);
      return null;
    },
  };
}

/** The pool's import header: GetCSVHeader, or the documented one for the pool's schema where the endpoint lacks it. */
export async function poolImportHeader(
  deps: HandlerDeps,
  req: { profile: string; region: string; userPoolId: string },
  ctx: Parameters<typeof awsFor>[2],
): Promise<string[]> {
  const idp = (await awsFor(deps, req, ctx)).cognitoIdp;
  const throttle = deps.limits.throttleFor(req.profile, req.region);
  return importHeader(idp, req.userPoolId, await describePoolShape(idp, req.userPoolId, throttle), throttle);
}
