import type { AwsClients, ClientCache, ClientOptions } from '../aws/clients';
import type { MfaPrompts } from '../aws/mfa-prompts';
import type { RateLimits } from '../jobs/limits';
import type { JobRunner } from '../jobs/runner';
import type { PoolIndexes } from '../services/user-index/pool-indexes';
import type { UserLoads } from '../services/users-load';
import type { ProfileRegistry } from '../aws/profile-registry';
import type { SandboxManager } from '../sandbox/sandbox-manager';
import type { SettingsStore } from '../settings/settings-store';
import { SANDBOX_PROFILE } from '../../shared/model/profiles';
import type { ChannelName } from '../../shared/ipc/channels';
import type { CallContext, Handler } from './router';

export interface HandlerDeps {
  version: string;
  host: 'electron' | 'web';
  settings: SettingsStore;
  registry: ProfileRegistry;
  clients: ClientCache;
  prompts: MfaPrompts;
  sandbox: SandboxManager;
  limits: RateLimits;
  jobs: JobRunner;
  loads: UserLoads;
  indexes: PoolIndexes;
  /** The app's data folder: job reports, default export folder. */
  dataDir: string;
  /** Where an export goes (Electron: a save dialog; undefined = cancelled). Default: <dataDir>/exports/<name>. */
  chooseSavePath?: (suggestedName: string) => Promise<string | undefined>;
}

/** The handlers of one area: exactly the channels of its part of the contract. */
export type AreaHandlers<T> = { [C in keyof T & ChannelName]: Handler<C> };

/**
 * The AWS clients for a call: remembers the calling window for MFA prompts, starts the Local sandbox when it is the
 * profile (its progress goes to that window), and returns the cached clients of the profile and region. Jobs pass
 * `{ purpose: 'job' }`: they throttle and retry themselves (see ClientPurpose).
 */
export async function awsFor(
  deps: HandlerDeps,
  ref: { profile: string; region: string },
  ctx: CallContext,
  options: ClientOptions = {},
): Promise<AwsClients> {
  deps.prompts.bind(ref.profile, ctx);
  if (ref.profile === SANDBOX_PROFILE) {
    await deps.sandbox.ensureRunning((progress) => ctx.emit('sandbox:progress', progress));
  }
  return deps.clients.clientsFor(await deps.registry.resolve(ref.profile, ref.region), ref.region, options);
}
