import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A benchmark backend, not a test mock: an in-process HTTP server speaking Cognito's JSON protocol
 * (`x-amz-target: AWSCognitoIdentityProviderService.<Op>`, application/x-amz-json-1.1) for exactly the calls a
 * whole-pool export and the bench references make: DescribeUserPool, ListUsers (Limit <= 60, PaginationToken,
 * no filter or `sub ^= "..."` / `sub = "..."`) and GetCSVHeader. Any other call is answered with a 400
 * UnknownOperationException naming it.
 *
 * Why it exists: moto scans the whole pool in Python for every filtered ListUsers page (measured on this machine:
 * 13 ms per `sub ^= "a"` page at 5,000 users, 23 ms at 10,000, 40-48 ms at 20,000, i.e. ~2 µs per user per page,
 * single-threaded), so at 100,000 users it answers ~5 filtered pages/s and the emulator, not the export's scheduler,
 * would be measured against the 30 calls/s quota; seeding 100,000 users through AdminCreateUser alone takes ~7
 * minutes. Here the users are generated (deterministic, with values that break naive CSV and JSON handling) and
 * kept sorted by sub, so a prefix filter is a binary search and a token is an index: a page costs microseconds.
 * It sits behind bench/proxy.ts, which keeps the latency, the UserList quota and its throttling answers real.
 */

export interface SyntheticUser {
  username: string;
  sub: string;
  status: string;
  enabled: boolean;
  /** Epoch milliseconds. */
  createdMs: number;
  modifiedMs: number;
  attributes: Record<string, string>;
}

/** Values that break naive CSV / JSON / spreadsheet handling: quotes, commas, lone CR and LF, U+2028, RTL, formulas. */
export const HOSTILE = [
  'say "hi", ok',
  'lone\nLF',
  'lone\rCR',
  'line\u2028sep',
  'emoji 🎉 👩‍👩‍👧 ü ß',
  'RTL שלום \u202Eevil\u202C عربي',
  '=HYPERLINK("http://example.com","x")',
  '@SUM(A1:A9)',
  ' edge spaces ',
  'back\\slash, "quoted"\ttab',
  'plain',
];

export const CUSTOM_ATTRIBUTES = ['custom:note', 'custom:dept'];
const SCHEMA = ['sub', 'name', 'email', 'email_verified', 'phone_number', ...CUSTOM_ATTRIBUTES];
const BASE_MS = Date.UTC(2024, 0, 2, 3, 4, 5, 678);

/** User `i` of a pool: the same for the same pool name and index on every run. */
function generated(pool: string, i: number): SyntheticUser {
  const hex = createHash('sha256').update(`${pool}/${i}`).digest('hex');
  const sub = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const username = `user-${String(i).padStart(7, '0')}`;
  const attributes: Record<string, string> = {
    sub,
    name: HOSTILE[i % HOSTILE.length] ?? '',
    email: `${username}@example.com`,
    email_verified: i % 2 === 0 ? 'true' : 'false',
  };
  // Sparse, and a formula starter in every one of them (+): CSV must neutralize it, JSON keep it.
  if (i % 3 === 0) attributes.phone_number = `+1555${String(i).padStart(7, '0')}`;
  attributes['custom:note'] = `${HOSTILE[(i * 7 + 3) % HOSTILE.length] ?? ''} #${i}`;
  attributes['custom:dept'] = `dept "${i % 7}", -x`;
  return {
    username,
    sub,
    status: i % 5 === 0 ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
    enabled: i % 11 !== 0,
    createdMs: BASE_MS + i * 1_037,
    modifiedMs: BASE_MS + i * 1_037 + 86_400_123,
    attributes,
  };
}

/** The wire form of a user in a ListUsers answer (epoch seconds, attributes as Name/Value pairs). */
function wire(user: SyntheticUser): string {
  return JSON.stringify({
    Username: user.username,
    Attributes: Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
    UserCreateDate: user.createdMs / 1000,
    UserLastModifiedDate: user.modifiedMs / 1000,
    Enabled: user.enabled,
    UserStatus: user.status,
  });
}

interface Pool {
  id: string;
  /** Sorted by sub. */
  users: SyntheticUser[];
  wire: string[];
}

export interface SyntheticCognito {
  endpoint: string;
  /** The users of a pool, sorted by sub: what a correct export holds. */
  users(poolId: string): readonly SyntheticUser[];
  stats: { calls: Record<string, number>; unknown: number; maxPageMs: number; totalPageMs: number };
  close(): Promise<void>;
}

class Refusal extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** Index of the first sub >= key (binary search). */
function lowerBound(users: SyntheticUser[], key: string): number {
  let lo = 0;
  let hi = users.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((users[mid]?.sub ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function listUsers(pool: Pool, input: { Limit?: number; PaginationToken?: string; Filter?: string }): string {
  const limit = input.Limit ?? 60;
  if (!Number.isInteger(limit) || limit < 1 || limit > 60) {
    throw new Refusal('InvalidParameterException', 'Limit must be between 1 and 60');
  }
  const filter = input.Filter ?? '';
  let [lo, hi] = [0, pool.users.length];
  if (filter !== '') {
    const match = /^\s*sub\s*(\^=|=)\s*"([^"\\]*)"\s*$/.exec(filter);
    if (!match) throw new Refusal('InvalidParameterException', `synthetic backend: unsupported Filter ${filter}`);
    const value = match[2] ?? '';
    lo = lowerBound(pool.users, value);
    hi = match[1] === '=' ? lowerBound(pool.users, `${value}\u0000`) : lowerBound(pool.users, `${value}\uffff`);
  }
  let from = lo;
  if (input.PaginationToken !== undefined) {
    let token: { f?: string; i?: number } = {};
    try {
      token = JSON.parse(Buffer.from(input.PaginationToken, 'base64').toString('utf8')) as typeof token;
    } catch {
      // Refused below.
    }
    if (token.f !== filter || typeof token.i !== 'number' || token.i < lo || token.i >= hi) {
      throw new Refusal('InvalidParameterException', 'Invalid pagination token');
    }
    from = token.i;
  }
  const to = Math.min(hi, from + limit);
  const next = to < hi ? Buffer.from(JSON.stringify({ f: filter, i: to })).toString('base64') : undefined;
  return `{"Users":[${pool.wire.slice(from, to).join(',')}]${next ? `,"PaginationToken":"${next}"` : ''}}`;
}

function describe(pool: Pool): string {
  return JSON.stringify({
    UserPool: {
      Id: pool.id,
      Name: `synthetic-${pool.id}`,
      EstimatedNumberOfUsers: pool.users.length,
      MfaConfiguration: 'OFF',
      SchemaAttributes: SCHEMA.map((Name) => ({ Name, AttributeDataType: 'String', Mutable: Name !== 'sub' })),
    },
  });
}

/** Starts the backend on a loopback port with the given pools (pool id -> number of users). */
export async function startSyntheticCognito(pools: Record<string, number>): Promise<SyntheticCognito> {
  const byId = new Map<string, Pool>();
  for (const [id, count] of Object.entries(pools)) {
    const users = Array.from({ length: count }, (_, i) => generated(id, i)).sort((a, b) =>
      a.sub < b.sub ? -1 : a.sub > b.sub ? 1 : 0,
    );
    byId.set(id, { id, users, wire: users.map(wire) });
  }
  const stats: SyntheticCognito['stats'] = { calls: {}, unknown: 0, maxPageMs: 0, totalPageMs: 0 };

  const answer = (operation: string, body: string): string => {
    const input = JSON.parse(body || '{}') as {
      UserPoolId?: string;
      Limit?: number;
      PaginationToken?: string;
      Filter?: string;
    };
    const pool = byId.get(input.UserPoolId ?? '');
    const known = ['ListUsers', 'DescribeUserPool', 'GetCSVHeader'].includes(operation);
    if (!known) {
      stats.unknown++;
      throw new Refusal('UnknownOperationException', `the synthetic bench backend does not implement ${operation}`);
    }
    if (!pool) throw new Refusal('ResourceNotFoundException', `User pool ${input.UserPoolId ?? ''} does not exist.`);
    if (operation === 'DescribeUserPool') return describe(pool);
    if (operation === 'GetCSVHeader') {
      return JSON.stringify({ UserPoolId: pool.id, CSVHeader: ['cognito:username', ...SCHEMA.slice(1)] });
    }
    const started = performance.now();
    const page = listUsers(pool, input);
    const ms = performance.now() - started;
    stats.maxPageMs = Math.max(stats.maxPageMs, ms);
    stats.totalPageMs += ms;
    return page;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: string): void => {
    const operation = String(req.headers['x-amz-target'] ?? '').replace(/^AWSCognitoIdentityProviderService\./, '');
    stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
    try {
      const text = answer(operation, body);
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    } catch (error) {
      const type = error instanceof Refusal ? error.type : 'InternalErrorException';
      const text = JSON.stringify({ __type: type, message: error instanceof Error ? error.message : String(error) });
      res.writeHead(error instanceof Refusal ? 400 : 500, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': type,
      });
      res.end(text);
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    users: (poolId) => byId.get(poolId)?.users ?? [],
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
