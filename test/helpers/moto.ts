import { startMoto } from '../../src/main/sandbox/moto-process';
import type { MotoServer } from '../../src/main/sandbox/moto-process';

/** The python that has moto on this machine; CI checks for it before the tests run. */
export const PYTHON = process.env.MOTO_PYTHON ?? 'python3';

export function startTestMoto(): Promise<MotoServer> {
  return startMoto(PYTHON, { timeoutMs: 60_000 });
}

export async function resetMoto(endpoint: string): Promise<void> {
  const res = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`moto reset failed: ${res.status}`);
}
