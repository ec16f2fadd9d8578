import { ClientCache } from '../main/aws/clients';
import { ProfileRegistry } from '../main/aws/profile-registry';
import type { ProfileFiles } from '../main/aws/profiles';
import { SANDBOX_CREDENTIALS } from '../main/sandbox/credentials';
import { SandboxManager } from '../main/sandbox/sandbox-manager';
import { SettingsStore } from '../main/settings/settings-store';
import { SANDBOX_REGION } from '../shared/model/profiles';
import { terminalMfaPrompt } from './mfa-prompt';

/** The parts of main a command uses. Built per run; dispose() must run so the process can exit. */
export interface CliContext {
  registry: ProfileRegistry;
  clients: ClientCache;
  sandbox: SandboxManager;
  settings: SettingsStore;
  dispose(): Promise<void>;
}

export interface ContextOptions {
  env: NodeJS.ProcessEnv;
  dataDir: string;
}

/**
 * The same wiring as createCore in main/core.ts, minus the router and the window-bound MFA prompts
 * (core does not expose its registry and client cache, and the CLI asks for MFA codes on the terminal).
 */
export function openContext(options: ContextOptions): CliContext {
  const { env, dataDir } = options;
  const settings = new SettingsStore(dataDir);
  const clients = new ClientCache();
  const sandbox = new SandboxManager({
    dataDir,
    region: SANDBOX_REGION,
    clientsFor: (endpoint) =>
      clients.clientsFor(
        { name: `seed@${endpoint}`, credentials: () => Promise.resolve(SANDBOX_CREDENTIALS), endpoint: () => endpoint },
        SANDBOX_REGION,
      ),
  });
  const registry = new ProfileRegistry({
    files: profileFiles(env),
    env,
    sandbox,
    isReadOnly: (p) => settings.isReadOnly(p),
    mfaCodeProvider: terminalMfaPrompt(),
  });

  let disposed: Promise<void> | undefined;
  const dispose = (): Promise<void> => {
    disposed ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await settleSandboxStart(sandbox);
      clients.clear();
      await sandbox.stop();
    })();
    return disposed;
  };
  // Ctrl-C while the sandbox runs must not leave a moto server behind.
  const onSignal = (signal: NodeJS.Signals): void => {
    void dispose().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  return { registry, clients, sandbox, settings, dispose };
}

/** The ini files the SDK would read for this env; passed explicitly so a custom env is honoured end to end. */
export function profileFiles(env: NodeJS.ProcessEnv): ProfileFiles {
  return {
    ...(env.AWS_CONFIG_FILE ? { configFilepath: env.AWS_CONFIG_FILE } : {}),
    ...(env.AWS_SHARED_CREDENTIALS_FILE ? { filepath: env.AWS_SHARED_CREDENTIALS_FILE } : {}),
  };
}

/**
 * SandboxManager only knows its moto server once seeding is done, so stop() during a start would leave the emulator
 * running after we exit (a signal sent to this process alone, e.g. by a supervisor). Let the start finish, then stop.
 */
async function settleSandboxStart(sandbox: SandboxManager): Promise<void> {
  const { state } = sandbox.getStatus();
  if (state === 'starting' || state === 'seeding') await sandbox.ensureRunning().catch(() => undefined);
}
