import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { SANDBOX_PROFILE } from '../../shared/model/profiles';
import type { AwsClients } from '../aws/clients';
import type { ClientCache } from '../aws/clients';
import type { MfaPrompts } from '../aws/mfa-prompts';
import type { ProfileRegistry } from '../aws/profile-registry';
import type { SandboxManager } from '../sandbox/sandbox-manager';
import { deleteUserPool, listUserPools } from '../services/user-pools';
import type { SettingsStore } from '../settings/settings-store';
import type { CallContext, Handlers } from './router';

export interface HandlerDeps {
  version: string;
  host: 'electron' | 'web';
  settings: SettingsStore;
  registry: ProfileRegistry;
  clients: ClientCache;
  prompts: MfaPrompts;
  sandbox: SandboxManager;
}

/** The table of what each channel does; each handler is a thin call into a service. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { settings, registry, clients, prompts, sandbox } = deps;

  const awsFor = async (ref: { profile: string; region: string }, ctx: CallContext): Promise<AwsClients> => {
    prompts.bind(ref.profile, ctx);
    if (ref.profile === SANDBOX_PROFILE) {
      await sandbox.ensureRunning((progress) => ctx.emit('sandbox:progress', progress));
    }
    return clients.clientsFor(await registry.resolve(ref.profile, ref.region), ref.region);
  };

  return {
    'app:info': () => Promise.resolve({ version: deps.version, platform: process.platform, host: deps.host }),
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': (patch) => Promise.resolve(settings.update(patch)),
    'settings:set-read-only': ({ profile, readOnly }) => Promise.resolve(settings.setReadOnly(profile, readOnly)),
    'profiles:list': () => registry.list(),
    'profiles:connect': async (ref, ctx) => {
      const aws = await awsFor(ref, ctx);
      const identity = await aws.sts.send(new GetCallerIdentityCommand({}));
      const endpoint = ref.profile === SANDBOX_PROFILE ? sandbox.getStatus().endpoint : undefined;
      return {
        profile: ref.profile,
        region: ref.region,
        accountId: identity.Account ?? 'unknown',
        arn: identity.Arn ?? '',
        ...(endpoint ? { endpoint } : {}),
      };
    },
    'credentials:mfa-answer': ({ promptId, code }) => {
      prompts.answer(promptId, code);
      return Promise.resolve(null);
    },
    'sandbox:status': () => Promise.resolve(sandbox.getStatus()),
    'sandbox:install-moto': (_req, ctx) => sandbox.install((p) => ctx.emit('sandbox:progress', p)),
    'userPools:list': async (ref, ctx) => listUserPools((await awsFor(ref, ctx)).cognitoIdp),
    'userPools:delete': async (req, ctx) => {
      await deleteUserPool((await awsFor(req, ctx)).cognitoIdp, req.userPoolId, req.confirmName);
      return null;
    },
  };
}
