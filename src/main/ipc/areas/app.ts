import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { appChannels } from '../../../shared/ipc/areas/app';
import { SANDBOX_PROFILE } from '../../../shared/model/profiles';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';

export function appHandlers(deps: HandlerDeps): AreaHandlers<typeof appChannels> {
  const { settings, registry, prompts, sandbox } = deps;
  return {
    'app:info': () => Promise.resolve({ version: deps.version, platform: process.platform, host: deps.host }),
    'settings:get': () => Promise.resolve(settings.get()),
    'settings:update': (patch) => {
      const next = settings.update(patch);
      // Lowered rates apply to every bucket at once: new jobs start at them, running ones slow down.
      if (patch.rateLimits) deps.limits.setOverrides(next.rateLimits ?? {});
      return Promise.resolve(next);
    },
    'settings:set-read-only': ({ profile, readOnly }) => Promise.resolve(settings.setReadOnly(profile, readOnly)),
    'profiles:list': () => registry.list(),
    'profiles:connect': async (ref, ctx) => {
      const aws = await awsFor(deps, ref, ctx);
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
  };
}
