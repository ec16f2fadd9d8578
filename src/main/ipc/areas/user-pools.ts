import type { userPoolChannels } from '../../../shared/ipc/areas/user-pools';
import { addCustomAttributes, describePoolConfig, previewPoolUpdate, safeUpdatePool } from '../../services/pool-config';
import {
  createAppClient,
  deleteAppClient,
  describeAppClient,
  listAppClients,
  previewClientUpdate,
  revealClientSecret,
  safeUpdateClient,
} from '../../services/pool-clients';
import { toCloudFormation } from '../../../shared/model/pool-cloudformation';
import { comparePools } from '../../services/pool-compare';
import { createUserPoolWithExtras } from '../../services/pool-create';
import {
  createCustomDomain,
  createPrefixDomain,
  deletePoolDomain,
  describePoolDomain,
  isPrefixAvailable,
  updateDomainCertificate,
} from '../../services/pool-domain';
import { createPoolFromExport, exportPool } from '../../services/pool-export';
import { getPoolMfa, setPoolMfa } from '../../services/pool-mfa';
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
    'userPools:list-clients': async (req, ctx) => listAppClients(await idp(req, ctx), req.userPoolId),
    'userPools:describe-client': async (req, ctx) =>
      describeAppClient(await idp(req, ctx), req.userPoolId, req.clientId),
    'userPools:create-client': async (req, ctx) => createAppClient(await idp(req, ctx), req.userPoolId, req.client),
    'userPools:preview-client-update': async (req, ctx) =>
      previewClientUpdate(await idp(req, ctx), req.userPoolId, req.clientId, req.edit, req.expected),
    'userPools:update-client': async (req, ctx) =>
      safeUpdateClient(await idp(req, ctx), req.userPoolId, req.clientId, req.edit, req.expected),
    'userPools:reveal-client-secret': async (req, ctx) => ({
      secret: await revealClientSecret(await idp(req, ctx), req.userPoolId, req.clientId),
    }),
    'userPools:delete-client': async (req, ctx) => {
      await deleteAppClient(await idp(req, ctx), req.userPoolId, req.clientId, req.confirmName);
      return null;
    },
    'userPools:compare': async (req, ctx) =>
      comparePools({ ...req.left, idp: await idp(req.left, ctx) }, { ...req.right, idp: await idp(req.right, ctx) }),
    'userPools:create': async (req, ctx) => createUserPoolWithExtras(await idp(req, ctx), req.pool, req.extras ?? {}),
    'userPools:export': async (req, ctx) => {
      const data = await exportPool(await idp(req, ctx), req.userPoolId);
      return { data, cloudFormation: toCloudFormation(data) };
    },
    'userPools:create-from-export': async (req, ctx) =>
      createPoolFromExport(await idp(req, ctx), req.data, req.poolName),
    'userPools:domain': async (req, ctx) => describePoolDomain(await idp(req, ctx), req.userPoolId, req.region),
    'userPools:check-domain': async (req, ctx) => ({
      available: await isPrefixAvailable(await idp(req, ctx), req.prefix),
    }),
    'userPools:create-domain': async (req, ctx) => {
      const client = await idp(req, ctx);
      await createPrefixDomain(client, req.userPoolId, req.prefix);
      return describePoolDomain(client, req.userPoolId, req.region);
    },
    'userPools:create-custom-domain': async (req, ctx) => {
      const client = await idp(req, ctx);
      await createCustomDomain(client, req.userPoolId, req.domain, req.certificateArn);
      return describePoolDomain(client, req.userPoolId, req.region);
    },
    'userPools:update-domain-certificate': async (req, ctx) => {
      const client = await idp(req, ctx);
      await updateDomainCertificate(client, req.userPoolId, req.certificateArn);
      return describePoolDomain(client, req.userPoolId, req.region);
    },
    'userPools:delete-domain': async (req, ctx) => {
      const client = await idp(req, ctx);
      await deletePoolDomain(client, req.userPoolId, req.domain);
      return describePoolDomain(client, req.userPoolId, req.region);
    },
    'userPools:mfa': async (req, ctx) => getPoolMfa(await idp(req, ctx), req.userPoolId),
    'userPools:set-mfa': async (req, ctx) => setPoolMfa(await idp(req, ctx), req.userPoolId, req.edit),
    'userPools:delete': async (req, ctx) => {
      await deleteUserPool(await idp(req, ctx), req.userPoolId, req.confirmName);
      // The pool is gone: so is its local index (a sync running on it is cancelled first).
      await deps.indexes.drop(req);
      return null;
    },
  };
}
