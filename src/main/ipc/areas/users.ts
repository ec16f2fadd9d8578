import type { userChannels } from '../../../shared/ipc/areas/users';
import { describePoolShape, importHeader } from '../../services/export/columns';
import { getUserDetail } from '../../services/users';
import { checkImportFile } from '../../services/users-import';
import { readUsersMfa, setUserMfa } from '../../services/users-mfa';
import {
  addToGroup,
  createUser,
  getUserRow,
  removeFromGroup,
  setPassword,
  updateAttributes,
  userAction,
} from '../../services/users-lifecycle';
import type { IndexEdit } from '../../services/user-index/edits';
import { actionEdit } from '../../services/user-index/change-edits';
import type { PoolRef } from '../../../shared/model/users';
import type { CognitoIdentityProviderClient as Idp } from '@aws-sdk/client-cognito-identity-provider';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function userHandlers(deps: HandlerDeps): AreaHandlers<typeof userChannels> {
  const idpFor = async (ref: { profile: string; region: string }, ctx: Parameters<typeof awsFor>[2]) =>
    (await awsFor(deps, ref, ctx)).cognitoIdp;
  const written = (ref: PoolRef, edits: IndexEdit[]): Promise<number> =>
    deps.indexes.applyEdits({ profile: ref.profile, region: ref.region, userPoolId: ref.userPoolId }, edits);
  /** The user's status after a change whose result Cognito decides, into the index (when the pool has one). */
  const readBack = async (idp: Idp, ref: PoolRef & { username: string }): Promise<void> => {
    if (!deps.indexes.has(ref)) return;
    try {
      await written(ref, [{ kind: 'row', row: await getUserRow(idp, ref.userPoolId, ref.username) }]);
    } catch {
      // The change itself succeeded; the next sync reads the user.
    }
  };
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
    'users:get': async (req, ctx) => {
      try {
        const detail = await getUserDetail(await idpFor(req, ctx), req.userPoolId, req.username);
        const { mfa: _mfa, groups: _groups, devices: _devices, authEvents: _events, ...row } = detail;
        await written(req, [{ kind: 'row', row }]);
        return detail;
      } catch (error) {
        // Deleted elsewhere (another admin, the console's CLI): the index forgets the user too.
        if (error instanceof Error && error.name === 'UserNotFoundException') {
          await written(req, [{ kind: 'remove', usernames: [req.username] }]);
        }
        throw error;
      }
    },
    'users:create': async (req, ctx) => {
      const row = await createUser(await idpFor(req, ctx), req.userPoolId, req);
      await written(req, [{ kind: 'row', row }]);
      return row;
    },
    'users:update-attributes': async (req, ctx) => {
      const idp = await idpFor(req, ctx);
      const row = await updateAttributes(idp, req.userPoolId, req.username, req.attributes, req.deleteAttributes);
      await written(req, [{ kind: 'row', row }]);
      return row;
    },
    'users:action': async (req, ctx) => {
      const idp = await idpFor(req, ctx);
      await userAction(idp, req.userPoolId, req.username, req.action);
      const known = actionEdit(req.action, [req.username]);
      if (known) await written(req, [known]);
      else if (req.action === 'reset-password') await readBack(idp, req);
      return null;
    },
    'users:set-password': async (req, ctx) => {
      const idp = await idpFor(req, ctx);
      await setPassword(idp, req.userPoolId, req.username, req.password, req.permanent);
      await readBack(idp, req);
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
