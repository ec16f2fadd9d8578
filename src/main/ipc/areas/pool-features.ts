import type { poolFeatureChannels } from '../../../shared/ipc/areas/pool-features';
import { createDefaultBranding, deleteBranding, listBranding } from '../../services/pool-branding';
import { getLogs, setLogs } from '../../services/pool-logs';
import { getPasskeys, setPasskeys } from '../../services/pool-mfa';
import { describeRisk, setRisk } from '../../services/pool-risk';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function poolFeatureHandlers(deps: HandlerDeps): AreaHandlers<typeof poolFeatureChannels> {
  const idp = async (ref: { profile: string; region: string }, ctx: Parameters<typeof awsFor>[2]) =>
    (await awsFor(deps, ref, ctx)).cognitoIdp;
  return {
    'userPools:risk': async (req, ctx) => describeRisk(await idp(req, ctx), req.userPoolId, req.clientId),
    'userPools:set-risk': async (req, ctx) =>
      setRisk(await idp(req, ctx), req.userPoolId, req.clientId, req.risk, req.expected),
    'userPools:passkeys': async (req, ctx) => getPasskeys(await idp(req, ctx), req.userPoolId),
    'userPools:set-passkeys': async (req, ctx) =>
      setPasskeys(await idp(req, ctx), req.userPoolId, req.passkeys, req.expected),
    'userPools:log-delivery': async (req, ctx) => getLogs(await idp(req, ctx), req.userPoolId),
    'userPools:set-log-delivery': async (req, ctx) =>
      setLogs(await idp(req, ctx), req.userPoolId, req.logs, req.expected),
    'userPools:branding': async (req, ctx) => listBranding(await idp(req, ctx), req.userPoolId),
    'userPools:create-branding': async (req, ctx) =>
      createDefaultBranding(await idp(req, ctx), req.userPoolId, req.clientId),
    'userPools:delete-branding': async (req, ctx) => {
      await deleteBranding(await idp(req, ctx), req.userPoolId, req.clientId, req.brandingId, req.confirmName);
      return null;
    },
  };
}
