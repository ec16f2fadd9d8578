import { SANDBOX_REGION } from '../shared/model/profiles';
import { ClientCache } from './aws/clients';
import { MfaPrompts } from './aws/mfa-prompts';
import { ProfileRegistry } from './aws/profile-registry';
import type { ProfileFiles } from './aws/profiles';
import { createHandlers } from './ipc/handlers';
import type { Dispatch, RouterOptions } from './ipc/router';
import { createRouter } from './ipc/router';
import { SANDBOX_CREDENTIALS } from './sandbox/credentials';
import { SandboxManager } from './sandbox/sandbox-manager';
import { SettingsStore } from './settings/settings-store';

export interface CoreOptions {
  /** The app's data folder: settings, the moto venv, job results. */
  dataDir: string;
  host: 'electron' | 'web';
  version: string;
  files?: ProfileFiles;
  env?: NodeJS.ProcessEnv;
  pythonCandidates?: string[];
  onError?: RouterOptions['onError'];
}

export interface Core {
  dispatch: Dispatch;
  sandbox: SandboxManager;
  settings: SettingsStore;
  dispose(): Promise<void>;
}

/** Everything main does, without Electron: the Electron shell, the web host, the CLI and tests all build this. */
export function createCore(options: CoreOptions): Core {
  const env = options.env ?? process.env;
  const settings = new SettingsStore(options.dataDir);
  const clients = new ClientCache();
  const prompts = new MfaPrompts();
  const sandbox = new SandboxManager({
    dataDir: options.dataDir,
    region: SANDBOX_REGION,
    pythonCandidates: options.pythonCandidates,
    clientsFor: (endpoint) =>
      clients.clientsFor(
        { name: `seed@${endpoint}`, credentials: () => Promise.resolve(SANDBOX_CREDENTIALS), endpoint: () => endpoint },
        SANDBOX_REGION,
      ),
  });
  const registry = new ProfileRegistry({
    files: options.files ?? {},
    env,
    sandbox,
    isReadOnly: (p) => settings.isReadOnly(p),
    mfaCodeProvider: (profile, serial) => prompts.ask(profile, serial),
  });
  const handlers = createHandlers({ version: options.version, host: options.host, settings, registry, clients, prompts, sandbox });
  const dispatch = createRouter(handlers, { isReadOnly: (p) => settings.isReadOnly(p), onError: options.onError });
  return {
    dispatch,
    sandbox,
    settings,
    async dispose() {
      clients.clear();
      await sandbox.stop();
    },
  };
}
