import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import type { WindowApi } from '../shared/ipc/api';
import type { ChannelName, EventName, EventOf, RequestOf, ResponseOf } from '../shared/ipc/channels';
import { EVENT_NAMES, isChannelName, TRANSPORT } from '../shared/ipc/channels';
import type { Envelope } from '../shared/ipc/errors';

/**
 * The renderer's only door to main (checklist #20): two functions over fixed transport names, never ipcRenderer
 * itself, and listeners receive the payload only, never the IpcRendererEvent (whose `sender` is ipcRenderer).
 */

type Listener = (payload: unknown) => void;

const listeners = new Map<EventName, Set<Listener>>();
let subscribed = false;

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

/** One ipcRenderer listener for all subscriptions: no MaxListeners warnings, one place that filters names. */
function dispatchEvent(_event: IpcRendererEvent, name: unknown, payload: unknown): void {
  if (!isEventName(name)) return;
  for (const listener of listeners.get(name) ?? []) {
    try {
      listener(payload);
    } catch (error) {
      console.error(`[preload] a listener for ${name} threw`, error);
    }
  }
}

function invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>> {
  // Refused here so a typo or hostile call never reaches main; the router would refuse it too.
  if (!isChannelName(channel)) {
    const name = String(channel).slice(0, 64);
    return Promise.resolve({
      ok: false,
      error: { code: 'VALIDATION', message: `Unknown channel: ${name}`, retryable: false },
    });
  }
  // The envelope was validated against the contract by the router before it left main.
  return ipcRenderer.invoke(TRANSPORT.invoke, channel, request) as Promise<Envelope<ResponseOf<C>>>;
}

function on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
  if (!isEventName(event)) throw new Error(`Unknown event: ${String(event).slice(0, 64)}`);
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  if (!subscribed) {
    ipcRenderer.on(TRANSPORT.event, dispatchEvent);
    subscribed = true;
  }
  const set = listeners.get(event) ?? new Set<Listener>();
  // Main sends only payloads of this event's schema (CallContext.emit is typed by the contract).
  const entry = listener as Listener;
  set.add(entry);
  listeners.set(event, set);
  return () => {
    set.delete(entry);
  };
}

const api: WindowApi = { invoke, on };

contextBridge.exposeInMainWorld('api', api);
