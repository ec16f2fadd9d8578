import { SANDBOX_REGION } from '../shared/model/profiles';
import type { JobSummary } from '../shared/model/jobs';
import { ClientCache } from './aws/clients';
import type { MfaCodeProvider } from './aws/credentials';
import { MfaPrompts } from './aws/mfa-prompts';
import { ProfileRegistry } from './aws/profile-registry';
import type { ProfileFiles } from './aws/profiles';
import { createHandlers } from './ipc/handlers';
import { RateLimits } from './jobs/limits';
import { JobRunner } from './jobs/runner';
import { PoolIndexes } from './services/user-index/pool-indexes';
import { UserLoads } from './services/users-load';
import type { Dispatch, RouterOptions } from './ipc/router';
import { createRouter } from './ipc/router';
import { SANDBOX_CREDENTIALS } from './sandbox/credentials';
import { SandboxManager } from './sandbox/sandbox-manager';
import { SettingsStore } from './settings/settings-store';

export interface PartsOptions {
  /** The app's data folder: settings, the moto venv, job results. */
  dataDir: string;
  files?: ProfileFiles;
  env?: NodeJS.ProcessEnv;
  pythonCandidates?: string[];
  mfaCodeProvider: MfaCodeProvider;
  /** Told when a job ends; Electron notifies the user when a long job ends while the window is unfocused. */
  onJobFinished?: (summary: JobSummary) => void;
}

/** The services behind every entry point: settings, the client cache, the sandbox and the profile registry. */
export interface MainParts {
  settings: SettingsStore;
  clients: ClientCache;
  sandbox: SandboxManager;
  registry: ProfileRegistry;
  /** One token bucket per profile + region + Cognito quota category, shared by every job, load and export. */
  limits: RateLimits;
  /** Background jobs (bulk changes, exports); results under <dataDir>/jobs/<id>/. */
  jobs: JobRunner;
  /** Progressive user loads (users:load). */
  loads: UserLoads;
  /** The local user index of each pool used so far (opened on first use, closed on dispose) and its sync. */
  indexes: PoolIndexes;
  dataDir: string;
  /** Destroys clients and stops the sandbox (even mid-start), so the process can exit. */
  dispose: () => Promise<void>;
}

export function createMainParts(options: PartsOptions): MainParts {
  const settings = new SettingsStore(options.dataDir);
  const clients = new ClientCache();
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
    env: options.env ?? process.env,
    sandbox,
    isReadOnly: (p) => settings.isReadOnly(p),
    mfaCodeProvider: options.mfaCodeProvider,
  });
  const limits = new RateLimits({ overrides: settings.get().rateLimits ?? {} });
  const jobs = new JobRunner({ dataDir: options.dataDir, onFinished: options.onJobFinished });
  const loads = new UserLoads();
  const indexes = new PoolIndexes(options.dataDir);
  return {
    settings,
    clients,
    sandbox,
    registry,
    limits,
    jobs,
    loads,
    indexes,
    dataDir: options.dataDir,
    async dispose() {
      loads.cancelAll();
      await jobs.dispose();
      // After the jobs: a sync cancelled by dispose has written its last page and saved its tokens by now.
      await indexes.closeAll();
      clients.clear();
      await sandbox.stop();
    },
  };
}

export interface CoreOptions extends Omit<PartsOptions, 'mfaCodeProvider'> {
  host: 'electron' | 'web';
  version: string;
  onError?: RouterOptions['onError'];
  /** Where an export goes: Electron shows a save dialog; undefined = the user cancelled. Default: <dataDir>/exports/<name>. */
  chooseSavePath?: (suggestedName: string) => Promise<string | undefined>;
}

export interface Core {
  dispatch: Dispatch;
  sandbox: SandboxManager;
  settings: SettingsStore;
  indexes: PoolIndexes;
  dispose(): Promise<void>;
}

/** Everything main does, without Electron: the Electron shell, the web host and tests all build this. */
export function createCore(options: CoreOptions): Core {
  const prompts = new MfaPrompts();
  const parts = createMainParts({ ...options, mfaCodeProvider: (profile, serial) => prompts.ask(profile, serial) });
  const handlers = createHandlers({
    version: options.version,
    host: options.host,
    prompts,
    ...parts,
    ...(options.chooseSavePath ? { chooseSavePath: options.chooseSavePath } : {}),
  });
  const dispatch = createRouter(handlers, {
    isReadOnly: (p) => parts.settings.isReadOnly(p),
    onError: options.onError,
  });
  return { dispatch, sandbox: parts.sandbox, settings: parts.settings, indexes: parts.indexes, dispose: parts.dispose };
}
