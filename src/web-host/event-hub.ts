import type { ServerResponse } from 'node:http';

const MAX_BUFFERED = 200;

/**
 * Server-sent events per page: an event goes to the page that made the request only. Events emitted before the
 * page's stream connects (the sandbox starts on the first call) wait in a small buffer.
 */
export class EventHub {
  private readonly streams = new Map<string, ServerResponse>();
  private readonly buffered = new Map<string, string[]>();

  attach(clientId: string, res: ServerResponse): void {
    this.streams.set(clientId, res);
    for (const frame of this.buffered.get(clientId) ?? []) res.write(frame);
    this.buffered.delete(clientId);
  }

  detach(clientId: string, res: ServerResponse): void {
    if (this.streams.get(clientId) === res) this.streams.delete(clientId);
  }

  emit(clientId: string, event: string, payload: unknown): void {
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    const stream = this.streams.get(clientId);
    if (stream) {
      stream.write(frame);
      return;
    }
    const queue = this.buffered.get(clientId) ?? [];
    queue.push(frame);
    this.buffered.set(clientId, queue.slice(-MAX_BUFFERED));
  }

  closeAll(): void {
    for (const res of this.streams.values()) res.end();
    this.streams.clear();
    this.buffered.clear();
  }
}
