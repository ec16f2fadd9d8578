import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import { TRANSPORT } from '../../shared/ipc/channels';
import type { Envelope } from '../../shared/ipc/errors';
import { isTrustedSender } from '../security-rules';
import type { CallContext, Dispatch } from './router';

/** The only file that touches ipcMain: every call arrives on TRANSPORT.invoke and goes to the core's router. */

export interface IpcBindingOptions {
  dispatch: Dispatch;
  devUrl: string | undefined;
  /** True for the webContents of windows the app created (window.ts). */
  isAppWindow(contents: WebContents): boolean;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: 'IPC refused: the message did not come from the console window.',
    retryable: false,
  },
};

/**
 * Checklist #17: the sender must be the top frame of one of our windows, showing our own page. The frame can be
 * null when it navigated or was destroyed after sending; that is refused too.
 */
function refusalReason(event: IpcMainInvokeEvent, options: IpcBindingOptions): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return 'sender frame is gone';
  if (frame.parent !== null) return 'sender is a sub-frame';
  if (!options.isAppWindow(event.sender)) return 'sender is not a console window';
  if (!isTrustedSender(frame.url, options.devUrl)) return `sender URL is not the app (${frame.url.slice(0, 100)})`;
  return undefined;
}

/** Events go to the window that made the call only, and never to one that is already gone. */
function contextFor(sender: WebContents): CallContext {
  return {
    senderId: String(sender.id),
    emit(event, payload) {
      if (!sender.isDestroyed()) sender.send(TRANSPORT.event, event, payload);
    },
  };
}

/** Binds the router; returns the unbinding for tests and shutdown. */
export function bindIpc(options: IpcBindingOptions): () => void {
  ipcMain.handle(TRANSPORT.invoke, (event, channel: unknown, request: unknown): Promise<Envelope<unknown>> => {
    const reason = refusalReason(event, options);
    if (reason) {
      console.warn(`[ipc] refused ${typeof channel === 'string' ? channel.slice(0, 64) : typeof channel}: ${reason}`);
      return Promise.resolve(FORBIDDEN);
    }
    return options.dispatch(channel, request, contextFor(event.sender));
  });
  return () => ipcMain.removeHandler(TRANSPORT.invoke);
}
