import type { groupChannels } from '../../../shared/ipc/areas/groups';
import { createGroup, deleteGroup, listGroups, listMembers, updateGroup } from '../../services/groups';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function groupHandlers(deps: HandlerDeps): AreaHandlers<typeof groupChannels> {
  const idpFor = async (ref: { profile: string; region: string }, ctx: Parameters<typeof awsFor>[2]) =>
    (await awsFor(deps, ref, ctx)).cognitoIdp;
  return {
    'groups:list': async (req, ctx) =>
      listGroups(await idpFor(req, ctx), req.userPoolId, deps.limits.throttleFor(req.profile, req.region)),
    'groups:members': async (req, ctx) =>
      listMembers(
        await idpFor(req, ctx),
        req.userPoolId,
        req.groupName,
        deps.limits.throttleFor(req.profile, req.region),
      ),
    'groups:create': async (req, ctx) => createGroup(await idpFor(req, ctx), req.userPoolId, req.groupName, req),
    'groups:update': async (req, ctx) => updateGroup(await idpFor(req, ctx), req.userPoolId, req.groupName, req),
    'groups:delete': async (req, ctx) => {
      await deleteGroup(await idpFor(req, ctx), req.userPoolId, req.groupName);
      return null;
    },
  };
}
