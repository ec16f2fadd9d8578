import type { ClientCache } from '../main/aws/clients';
import type { ProfileRegistry } from '../main/aws/profile-registry';
import type { ProfileFiles } from '../main/aws/profiles';
import { createMainParts } from '../main/core';
import type { SandboxManager } from '../main/sandbox/sandbox-manager';
import type { PoolIndexes } from '../main/services/user-index/pool-indexes';
import type { SettingsStore } from '../main/settings/settings-store';
import { terminalMfaPrompt } from './mfa-prompt';

/** The parts of main a command uses. Built per run; dispose() must run so the process can exit. */
export interface CliContext {
  registry: ProfileRegistry;
  clients: ClientCache;
  sandbox: SandboxManager;
  settings: SettingsStore;
  /** The local user indexes in the app's data folder (the same files the app reads). */
  indexes: PoolIndexes;
  dispose(): Promise<void>;
}

export interface ContextOptions {
  env: NodeJS.ProcessEnv;
  dataDir: string;
}

/** The same services as the desktop app (createMainParts), with MFA codes asked on the terminal. */
export function openContext(options: ContextOptions): CliContext {
  const { env, dataDir } = options;
  const parts = createMainParts({ dataDir, env, files: profileFiles(env), mfaCodeProvider: terminalMfaPrompt() });

  let disposed: Promise<void> | undefined;
  const dispose = (): Promise<void> => {
    disposed ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await parts.dispose();
    })();
    return disposed;
  };
  // Ctrl-C while the sandbox runs must not leave a moto server behind.
  const onSignal = (signal: NodeJS.Signals): void => {
    void dispose().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const { registry, clients, sandbox, settings, indexes } = parts;
  return { registry, clients, sandbox, settings, indexes, dispose };
}

/** The ini files the SDK would read for this env; passed explicitly so a custom env is honoured end to end. */
export function profileFiles(env: NodeJS.ProcessEnv): ProfileFiles {
  return {
    ...(env.AWS_CONFIG_FILE ? { configFilepath: env.AWS_CONFIG_FILE } : {}),
    ...(env.AWS_SHARED_CREDENTIALS_FILE ? { filepath: env.AWS_SHARED_CREDENTIALS_FILE } : {}),
  };
}
