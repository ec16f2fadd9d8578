import type { CognitoIdentityProviderClient, UserType } from '@aws-sdk/client-cognito-identity-provider';
import { AdminGetUserCommand, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { toWireError } from '../../ipc/to-wire-error';
import type { Throttle } from '../../jobs/limits';
import { withRetry } from '../../jobs/retry';
import { USERS_PAGE } from '../users';

/** Receives one page of users; resolving means they are written (backpressure reaches the scan). */
export type PageSink = (users: UserType[]) => Promise<void>;

export interface ScanOptions {
  idp: CognitoIdentityProviderClient;
  userPoolId: string;
  throttle: Throttle;
  signal: AbortSignal;
}

/** The 16 lowercase hex first characters of a sub (a UUID): `sub ^= "0"`..`"f"` cover a pool exactly. */
export const PARTITIONS = [...'0123456789abcdef'];
/** A partition is started over at most this often before the export fails. */
const MAX_RESTARTS = 5;

/** A pagination token that Cognito no longer accepts (expired; on moto: its user was deleted mid-scan). */
export function isStaleToken(cause: unknown): boolean {
  const name = (cause as { name?: string }).name ?? '';
  const message = (cause as { message?: string }).message ?? '';
  return (
    name === 'InvalidToken' ||
    name === 'InvalidPaginationTokenException' ||
    (name === 'InvalidParameterException' && /pagination|token/i.test(message))
  );
}

/** One ListUsers scan (optionally filtered), each page retried on throttling and transient errors. */
export async function sequentialScan(options: ScanOptions, sink: PageSink, filter?: string): Promise<void> {
  await scanWithRestarts(
    options,
    async ({ users }) => {
      if (users.length > 0) await sink(users);
    },
    filter,
  );
}

/**
 * The 16 `sub ^=` partitions paged concurrently under the shared UserList bucket. Partitions are disjoint, so a
 * duplicate can only come from a partition restarted after a stale token: each partition remembers the subs it
 * has sent until it is done.
 */
export async function partitionedScan(options: ScanOptions, sink: PageSink): Promise<number[]> {
  return resumablePartitionedScan(options, async ({ users }) => {
    if (users.length > 0) await sink(users);
  });
}

/** One page of one partition: the users it had not sent before, their keys, and the token that continues after it. */
export interface PartitionPage {
  partition: string;
  users: UserType[];
  /** sub (else username) of each user, what a restarted partition deduplicates on. */
  keys: string[];
  /** Absent: the partition is done. */
  next?: string;
}
/** Also called for a page with no new users, so the caller's record of each partition's token keeps up. */
export type PartitionSink = (page: PartitionPage) => Promise<void>;

/** Where a partition continues on resume; the keys it already wrote are what a restart from its start skips. */
export interface PartitionStart {
  token?: string;
  done: boolean;
  count: number;
  seen: Set<string>;
}

/**
 * partitionedScan that reports each page's continuation token and can start each partition where a saved
 * checkpoint left it (finished partitions are skipped). Answers each partition's count, earlier runs included.
 */
export async function resumablePartitionedScan(
  options: ScanOptions,
  sink: PartitionSink,
  from?: ReadonlyMap<string, PartitionStart>,
): Promise<number[]> {
  return Promise.all(
    PARTITIONS.map(async (hex) => {
      const start = from?.get(hex);
      let count = start?.count ?? 0;
      if (start?.done) return count;
      await scanWithRestarts(
        options,
        async (page) => {
          count += page.users.length;
          await sink({ ...page, partition: hex });
        },
        `sub ^= "${hex}"`,
        start,
      );
      return count;
    }),
  );
}

/** A page as scanWithRestarts reports it; `listed` counts the users the call returned, skipped ones included. */
export type RawPage = Omit<PartitionPage, 'partition'> & { listed: number };
type RawSink = (page: RawPage) => Promise<void>;

/**
 * Pages one filter to its end, started over from the beginning when its token is refused. `stop` is asked after
 * each page is sunk: true ends the scan there (no further call) and answers false; a scan that reached its end
 * answers true.
 */
export async function scanWithRestarts(
  options: ScanOptions,
  sink: RawSink,
  filter?: string,
  start?: { token?: string; seen: Set<string> },
  stop?: () => boolean,
): Promise<boolean> {
  const seen = start?.seen ?? new Set<string>();
  for (let restart = 0; ; restart++) {
    try {
      // A restart begins at the partition's start, never at a saved token (that may be the stale one).
      for await (const page of retryingPages(options, filter, restart === 0 ? start?.token : undefined)) {
        const users: UserType[] = [];
        const keys: string[] = [];
        for (const user of page.users) {
          const key = subOf(user) ?? user.Username ?? '';
          if (seen.has(key)) continue;
          seen.add(key);
          users.push(user);
          keys.push(key);
        }
        await sink({ users, keys, listed: page.users.length, ...(page.next ? { next: page.next } : {}) });
        if (page.next && stop?.()) return false;
      }
      return true;
    } catch (cause) {
      if (!isStaleToken(cause) || restart >= MAX_RESTARTS || options.signal.aborted) throw cause;
    }
  }
}

/** Pages of ListUsers where each page request is retried alone, so a throttled page does not restart the scan. */
async function* retryingPages(
  options: ScanOptions,
  filter?: string,
  from?: string,
): AsyncGenerator<{ users: UserType[]; next?: string }> {
  let token = from;
  do {
    const page = await withRetry(
      async () => {
        await options.throttle('UserList', options.signal);
        return options.idp.send(
          new ListUsersCommand({
            UserPoolId: options.userPoolId,
            Limit: USERS_PAGE,
            ...(filter ? { Filter: filter } : {}),
            ...(token ? { PaginationToken: token } : {}),
          }),
          { abortSignal: options.signal },
        );
      },
      options.signal,
      { maxAttempts: 10 },
    );
    token = page.PaginationToken;
    yield { users: page.Users ?? [], ...(token ? { next: token } : {}) };
  } while (token);
}

/** Usernames (a selection) read one by one with AdminGetUser under UserRead. */
export async function selectionScan(options: ScanOptions, usernames: string[], sink: PageSink): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < usernames.length; i += 60) {
    const chunk = usernames.slice(i, i + 60);
    const users = await Promise.all(
      chunk.map(async (username) => {
        try {
          return await withRetry(async () => {
            await options.throttle('UserRead', options.signal);
            const u = await options.idp.send(
              new AdminGetUserCommand({ UserPoolId: options.userPoolId, Username: username }),
              { abortSignal: options.signal },
            );
            const user: UserType = {
              Username: u.Username,
              Attributes: u.UserAttributes,
              UserCreateDate: u.UserCreateDate,
              UserLastModifiedDate: u.UserLastModifiedDate,
              Enabled: u.Enabled,
              UserStatus: u.UserStatus,
            };
            return user;
          }, options.signal);
        } catch (cause) {
          if (toWireError(cause).code !== 'NOT_FOUND') throw cause;
          missing.push(username);
          return undefined;
        }
      }),
    );
    await sink(users.filter((u): u is UserType => u !== undefined));
  }
  return missing;
}

function subOf(user: UserType): string | undefined {
  return user.Attributes?.find((a) => a.Name === 'sub')?.Value;
}
