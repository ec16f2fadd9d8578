import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the loopback proxy does to each call on its way to the emulator. */
export interface ProxyOptions {
  target: string;
  latencyMs: number;
  /** Requests per second allowed per operation group, enforced as a token bucket of one second's capacity. */
  limits: Record<string, { rps: number; operations: string[] }>;
  faults?: { throttle: number; serverError: number; drop: number };
  random?: () => number;
  /** Told of every call that reaches the proxy, before any fault or quota answer (e.g. to time ListUsers calls). */
  onCall?: (operation: string) => void;
}

export interface ProxyStats {
  calls: number;
  throttled: number;
  serverErrors: number;
  dropped: number;
}

export interface BenchProxy {
  endpoint: string;
  stats: ProxyStats;
  setFaults(faults: ProxyOptions['faults']): void;
  close(): Promise<void>;
}

/**
 * A loopback proxy in front of moto that behaves like Cognito under load: fixed latency per call, the request-rate
 * quota answered with TooManyRequestsException, and optional faults (throttling, HTTP 500, dropped connections).
 */
export async function startProxy(options: ProxyOptions): Promise<BenchProxy> {
  const random = options.random ?? Math.random;
  const stats: ProxyStats = { calls: 0, throttled: 0, serverErrors: 0, dropped: 0 };
  let faults = options.faults;
  const buckets = new Map<string, { tokens: number; last: number; rps: number }>();
  const groupOf = new Map<string, string>();
  for (const [group, { rps, operations }] of Object.entries(options.limits)) {
    buckets.set(group, { tokens: rps, last: performance.now(), rps });
    for (const op of operations) groupOf.set(op, group);
  }
  const allowed = (operation: string): boolean => {
    const group = groupOf.get(operation);
    const bucket = group ? buckets.get(group) : undefined;
    if (!bucket) return true;
    const now = performance.now();
    bucket.tokens = Math.min(bucket.rps, bucket.tokens + ((now - bucket.last) / 1000) * bucket.rps);
    bucket.last = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
  const target = new URL(options.target);

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    stats.calls++;
    const operation =
      String(req.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() ?? '';
    options.onCall?.(operation);
    const fail = (status: number, type: string, message: string): void => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type });
      res.end(JSON.stringify({ __type: type, message }));
    };
    const roll = random();
    if (faults && roll < faults.drop) {
      stats.dropped++;
      req.socket.destroy();
      return;
    }
    if (!allowed(operation) || (faults && roll < faults.drop + faults.throttle)) {
      stats.throttled++;
      setTimeout(() => fail(400, 'TooManyRequestsException', 'Too many requests'), options.latencyMs);
      return;
    }
    if (faults && roll < faults.drop + faults.throttle + faults.serverError) {
      stats.serverErrors++;
      setTimeout(() => fail(500, 'InternalErrorException', 'Internal error'), options.latencyMs);
      return;
    }
    setTimeout(() => {
      const upstream = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => fail(502, 'InternalErrorException', 'Upstream failed'));
      upstream.end(body);
    }, options.latencyMs);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stats,
    setFaults: (next) => {
      faults = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
