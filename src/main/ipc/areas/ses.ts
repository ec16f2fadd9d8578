import type { sesChannels } from '../../../shared/ipc/areas/ses';
import { describeIdentity, getSesAccount, listConfigurationSets, listSesIdentities } from '../../services/ses';
import { requestProductionAccess } from '../../services/ses-account-details';
import { configurationSetUses, createConfigurationSet, deleteConfigurationSet } from '../../services/ses-config-sets';
import { createIdentity, deleteIdentity } from '../../services/ses-identities';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';
import { preflightHandlers } from './preflight';

export function sesHandlers(deps: HandlerDeps): AreaHandlers<typeof sesChannels> {
  return {
    'ses:account': async (ref, ctx) => getSesAccount((await awsFor(deps, ref, ctx)).sesv2),
    'ses:identities': async (ref, ctx) => listSesIdentities((await awsFor(deps, ref, ctx)).sesv2),
    'ses:configuration-sets': async (ref, ctx) => listConfigurationSets((await awsFor(deps, ref, ctx)).sesv2),
    'ses:identity': async (req, ctx) => describeIdentity((await awsFor(deps, req, ctx)).sesv2, req.identity),
    'ses:create-identity': async (req, ctx) => createIdentity((await awsFor(deps, req, ctx)).sesv2, req.identity),
    'ses:delete-identity': async (req, ctx) => {
      await deleteIdentity((await awsFor(deps, req, ctx)).sesv2, req.identity, req.confirmName);
      return null;
    },
    'ses:create-configuration-set': async (req, ctx) =>
      createConfigurationSet((await awsFor(deps, req, ctx)).sesv2, req.set),
    'ses:delete-configuration-set': async (req, ctx) => {
      await deleteConfigurationSet((await awsFor(deps, req, ctx)).sesv2, req.name, req.confirmName);
      return null;
    },
    'ses:configuration-set-uses': async (ref, ctx) => configurationSetUses((await awsFor(deps, ref, ctx)).cognitoIdp),
    'ses:request-production-access': async (req, ctx) =>
      requestProductionAccess((await awsFor(deps, req, ctx)).sesv2, req.request),
    ...preflightHandlers(deps),
  };
}
