import type { sesChannels } from '../../../shared/ipc/areas/ses';
import { getSesAccount, listConfigurationSets, listSesIdentities } from '../../services/ses';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function sesHandlers(deps: HandlerDeps): AreaHandlers<typeof sesChannels> {
  return {
    'ses:account': async (ref, ctx) => getSesAccount((await awsFor(deps, ref, ctx)).sesv2),
    'ses:identities': async (ref, ctx) => listSesIdentities((await awsFor(deps, ref, ctx)).sesv2),
    'ses:configuration-sets': async (ref, ctx) => listConfigurationSets((await awsFor(deps, ref, ctx)).sesv2),
  };
}
