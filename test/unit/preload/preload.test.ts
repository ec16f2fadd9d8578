import { describe, expect, it, vi } from 'vitest';
import type { WindowApi } from '../../../src/shared/ipc/api';

/** The preload against a fake `electron`: what the renderer can reach through window.api, and what it cannot. */

const bridge = vi.hoisted(() => {
  const listeners: Array<(...args: unknown[]) => void> = [];
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn((_transport: string, channel: string) => Promise.resolve({ ok: true, value: channel })),
    on: vi.fn((_transport: string, listener: (...args: unknown[]) => void) => listeners.push(listener)),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => bridge.exposed.set(key, value)) },
  ipcRenderer: { invoke: bridge.invoke, on: bridge.on },
}));

await import('../../../src/preload/index');
const api = bridge.exposed.get('api') as WindowApi;
/** The same object as a hostile page sees it: any string goes. */
const loose = api as unknown as {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(event: string, listener: () => void): () => void;
};

function emitFromMain(name: string, payload: unknown): void {
  const fakeEvent = { sender: { invoke: bridge.invoke, on: bridge.on } };
  for (const listener of bridge.listeners) listener(fakeEvent, name, payload);
}

describe('preload window.api', () => {
  it('exposes exactly invoke and on, never ipcRenderer', () => {
    expect([...bridge.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels over the one transport name', async () => {
    await expect(api.invoke('app:info', {})).resolves.toEqual({ ok: true, value: 'app:info' });
    expect(bridge.invoke).toHaveBeenCalledWith('cc:invoke', 'app:info', {});
  });

  it('refuses channels outside the contract without reaching main', async () => {
    bridge.invoke.mockClear();
    await expect(loose.invoke('constructor', {})).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expect(loose.invoke('shell:open', {})).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('hands listeners the payload only, for their event only, until unsubscribed', () => {
    const seen: unknown[][] = [];
    const off = api.on('sandbox:progress', (...args: unknown[]) => seen.push(args));
    emitFromMain('sandbox:progress', { stage: 'start', message: 'a' });
    emitFromMain('credentials:mfa-prompt', { promptId: 'x' });
    emitFromMain('not-an-event', { x: 1 });
    off();
    emitFromMain('sandbox:progress', { stage: 'start', message: 'b' });
    expect(seen).toEqual([[{ stage: 'start', message: 'a' }]]);
    // Many subscriptions share one ipcRenderer listener.
    api.on('sandbox:progress', () => undefined)();
    expect(bridge.on).toHaveBeenCalledTimes(1);
  });

  it('refuses event names outside the contract', () => {
    expect(() => loose.on('ipc-message', () => undefined)).toThrow(/Unknown event/);
  });
});
