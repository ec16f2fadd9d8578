import type { preflightChannels } from '../../../shared/ipc/areas/preflight';
import type { PreflightClients } from '../../services/preflight';
import { preflightPool, preflightRegion } from '../../services/preflight';
import type { CallContext } from '../router';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function preflightHandlers(deps: HandlerDeps): AreaHandlers<typeof preflightChannels> {
  const clientsFor = async (ref: { profile: string; region: string }, ctx: CallContext): Promise<PreflightClients> => ({
    idp: (await awsFor(deps, ref, ctx)).cognitoIdp,
    sesFor: async (region) => (await awsFor(deps, { profile: ref.profile, region }, ctx)).sesv2,
  });
  return {
    'preflight:pool': async (req, ctx) => preflightPool(await clientsFor(req, ctx), req.region, req.userPoolId),
    'preflight:region': async (ref, ctx) => preflightRegion(await clientsFor(ref, ctx), ref.region),
  };
}
