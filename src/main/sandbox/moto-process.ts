import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { AppError } from '../../shared/ipc/errors';

export interface MotoServer {
  endpoint: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `python -m moto.server` on a free loopback port and waits until it answers, or fails within the time limit. */
export async function startMoto(
  python: string,
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<MotoServer> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...options.env, PYTHONUNBUFFERED: '1' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const spawnFailed = new Promise<string>((resolve) => child.once('error', (e) => resolve(e.message)));

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (await isUp(endpoint)) return { endpoint, stop: () => stopChild(child, exited) };
    const early = await Promise.race([exited.then((c) => `moto exited with code ${c}`), spawnFailed, delay(250)]);
    if (typeof early === 'string') {
      throw new AppError('INTERNAL', `The local emulator did not start: ${early}. ${tail(stderr)}`.trim());
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new AppError(
        'INTERNAL',
        `The local emulator did not answer on ${endpoint} within ${options.timeoutMs ?? 30_000} ms. ${tail(stderr)}`.trim(),
      );
    }
  }
}

async function isUp(endpoint: string): Promise<boolean> {
  try {
    const res = await fetch(`${endpoint}/moto-api/data.json`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), delay(3000).then(() => false)]);
  if (!done) child.kill('SIGKILL');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tail(text: string): string {
  const lines = text.trim().split(/\r?\n/).filter(Boolean);
  return lines.slice(-2).join(' ');
}
