import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import http from 'node:http';
import path from 'node:path';
import type { EventName } from '../shared/ipc/channels';
import type { Core } from '../main/core';
import { serveAppFile } from '../main/app-files';
import { APP_HOST, APP_SCHEME } from '../main/security-rules';
import { API_SHIM_PATH, apiShimSource, CLIENT_HEADER, EVENTS_PATH, INVOKE_PATH, TOKEN_HEADER } from './api-shim';
import { EventHub } from './event-hub';

export interface WebHostOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  /** The URL to open: carries the per-run token once. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Serves the built renderer and the real main-process router on 127.0.0.1, for end-to-end tests in a browser. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  const hub = new EventHub();
  let origin = '';

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    // Refuse other host names (DNS rebinding) before anything else.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Wrong host');
    if (url.pathname === INVOKE_PATH && req.method === 'POST') return invoke(req, res);
    if (url.pathname === EVENTS_PATH && req.method === 'GET') return events(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === API_SHIM_PATH) return send(res, 200, 'text/javascript; charset=utf-8', apiShimSource());
    // The same file serving as Electron's app:// protocol (traversal and symlink checks, per-load CSP nonce).
    const file = await serveAppFile(`${APP_SCHEME}://${APP_HOST}${url.pathname}`, rendererDir, {
      method: req.method,
      connectSrc: "'self'",
      headPrefix: `<script src="${API_SHIM_PATH}"></script>`,
    });
    res.writeHead(file.status, { ...file.headers, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    res.end(file.body ?? undefined);
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) return send(res, 403, 'text/plain', 'Bad token');
    if (req.headers.origin !== origin) return send(res, 403, 'text/plain', 'Bad origin');
    const clientId = String(req.headers[CLIENT_HEADER] ?? '');
    if (!UUID.test(clientId)) return send(res, 400, 'text/plain', 'Bad client id');
    let body: { channel?: unknown; request?: unknown };
    try {
      body = JSON.parse(await readBody(req)) as typeof body;
    } catch {
      return json(res, {
        ok: false,
        error: { code: 'VALIDATION', message: 'The request body is not JSON', retryable: false },
      });
    }
    const envelope = await options.core.dispatch(body?.channel, body?.request, {
      senderId: clientId,
      emit: (event: EventName, payload: unknown) => hub.emit(clientId, event, payload),
    });
    json(res, envelope);
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const clientId = url.searchParams.get('client') ?? '';
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, token))
      return send(res, 403, 'text/plain', 'Bad token');
    if (!UUID.test(clientId)) return send(res, 400, 'text/plain', 'Bad client id');
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    hub.attach(clientId, res);
    req.on('close', () => hub.detach(clientId, res));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    openUrl: `${origin}/?token=${token}`,
    token,
    close: async () => {
      hub.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function json(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json', JSON.stringify(value));
}
