import type { ChannelName, EventName, EventOf, RequestOf, ResponseOf } from './channels';
import type { Envelope } from './errors';

/** What preload (Electron) and the web-host shim both put on `window.api`. */
export interface WindowApi {
  invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void;
}
