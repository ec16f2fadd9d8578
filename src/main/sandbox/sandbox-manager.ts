import type { SandboxProgress, SandboxStatus } from '../../shared/model/sandbox';
import { AppError } from '../../shared/ipc/errors';
import type { AwsClients } from '../aws/clients';
import { installMoto } from './moto-install';
import { locateMoto } from './moto-locator';
import type { MotoServer } from './moto-process';
import { startMoto } from './moto-process';
import { seedSandbox } from './seed';
import { withSesRouter } from './ses-router';

export type ProgressListener = (progress: SandboxProgress) => void;

export interface SandboxOptions {
  dataDir: string;
  region: string;
  /** Builds SDK clients against the emulator, for seeding. */
  clientsFor(endpoint: string): AwsClients;
  pythonCandidates?: string[];
  startTimeoutMs?: number;
}

/**
 * Runs the Local sandbox: finds (or installs) moto, starts it on a free loopback port behind a loopback router that
 * sends the SES calls moto lacks to aws-ses-v2-local (see ses-router.ts), seeds it, stops it on quit.
 */
export class SandboxManager {
  private status: SandboxStatus = { state: 'stopped' };
  private server: MotoServer | undefined;
  /** The emulator between its start and the end of seeding, so stop() can end it mid-start too. */
  private pending: MotoServer | undefined;
  private stopRequested = false;
  private starting: Promise<string> | undefined;
  private readonly listeners = new Set<ProgressListener>();

  constructor(private readonly options: SandboxOptions) {}

  getStatus(): SandboxStatus {
    return { ...this.status };
  }

  /** The emulator's endpoint; starts and seeds it on first use. Concurrent callers share one start. */
  ensureRunning(onProgress?: ProgressListener): Promise<string> {
    if (this.server) return Promise.resolve(this.server.endpoint);
    if (onProgress) this.listeners.add(onProgress);
    this.starting ??= this.start().finally(() => {
      this.starting = undefined;
      this.listeners.clear();
    });
    return this.starting;
  }

  async install(onProgress?: ProgressListener): Promise<SandboxStatus> {
    const location = await locateMoto(this.options.dataDir, this.options.pythonCandidates);
    if (location.found) {
      return this.server
        ? this.getStatus()
        : this.setStatus({ state: 'stopped', message: `moto is available (${location.python}).` });
    }
    if (location.reason === 'missing-python' || !location.python) {
      return this.setStatus({ state: 'missing-python', message: location.message, fix: location.fix });
    }
    this.setStatus({ state: 'installing', message: "Installing moto into the console's own Python environment" });
    try {
      await installMoto(location.python, this.options.dataDir, (line) =>
        onProgress?.({ stage: 'install', message: line.slice(0, 300) }),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.setStatus({ state: 'failed', message, fix: 'pip install "moto[server]"' });
      throw error;
    }
    return this.setStatus({ state: 'stopped', message: 'moto is installed; select the Local sandbox to start it.' });
  }

  async stop(): Promise<void> {
    const servers = [this.server, this.pending];
    this.server = undefined;
    this.pending = undefined;
    if (this.starting) this.stopRequested = true;
    await Promise.all(servers.map((s) => (s ? s.stop() : Promise.resolve())));
    this.setStatus({ state: 'stopped' });
  }

  private async start(): Promise<string> {
    this.stopRequested = false;
    const emit = (p: SandboxProgress): void => this.listeners.forEach((l) => l(p));
    this.setStatus({ state: 'starting', message: 'Looking for the moto emulator' });
    emit({ stage: 'locate', message: 'Looking for the moto emulator', percent: 0 });
    const location = await locateMoto(this.options.dataDir, this.options.pythonCandidates);
    if (!location.found) {
      this.setStatus({ state: location.reason, message: location.message, fix: location.fix });
      throw new AppError('UNSUPPORTED', location.message, { hint: location.fix });
    }
    emit({ stage: 'start', message: 'Starting the local emulator', percent: 2 });
    let server: MotoServer;
    try {
      server = await withSesRouter(await startMoto(location.python, { timeoutMs: this.options.startTimeoutMs }));
    } catch (error) {
      this.setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    if (this.stopRequested) {
      await server.stop();
      throw new AppError('CANCELLED', 'The Local sandbox was stopped while it started.');
    }
    this.pending = server;
    this.setStatus({ state: 'seeding', endpoint: server.endpoint, message: 'Seeding demo data' });
    try {
      await seedSandbox(this.options.clientsFor(server.endpoint), this.options.region, (message, percent) =>
        emit({ stage: 'seed', message, percent }),
      );
    } catch (error) {
      await server.stop();
      if (this.stopRequested) throw new AppError('CANCELLED', 'The Local sandbox was stopped while it started.');
      const message = `Seeding the sandbox failed: ${error instanceof Error ? error.message : String(error)}`;
      this.setStatus({ state: 'failed', message });
      throw new AppError('INTERNAL', message);
    }
    this.pending = undefined;
    if (this.stopRequested) {
      await server.stop();
      throw new AppError('CANCELLED', 'The Local sandbox was stopped while it started.');
    }
    this.server = server;
    this.setStatus({ state: 'running', endpoint: server.endpoint, message: 'Local sandbox running' });
    return server.endpoint;
  }

  private setStatus(status: SandboxStatus): SandboxStatus {
    this.status = status;
    return this.getStatus();
  }
}
