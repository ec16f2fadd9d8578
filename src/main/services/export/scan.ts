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
  await scanWithRestarts(options, sink, filter);
}

/**
 * The 16 `sub ^=` partitions paged concurrently under the shared UserList bucket. Partitions are disjoint, so a
 * duplicate can only come from a partition restarted after a stale token: each partition remembers the subs it
 * has sent until it is done.
 */
export async function partitionedScan(options: ScanOptions, sink: PageSink): Promise<number[]> {
  const counts = await Promise.all(
    PARTITIONS.map(async (hex) => {
      let count = 0;
      await scanWithRestarts(
        options,
        async (users) => {
          count += users.length;
          await sink(users);
        },
        `sub ^= "${hex}"`,
      );
      return count;
    }),
  );
  return counts;
}

async function scanWithRestarts(options: ScanOptions, sink: PageSink, filter?: string): Promise<void> {
  const seen = new Set<string>();
  for (let restart = 0; ; restart++) {
    try {
      for await (const page of retryingPages(options, filter)) {
        const fresh = page.filter((u) => {
          const key = subOf(u) ?? u.Username ?? '';
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        if (fresh.length > 0) await sink(fresh);
      }
      return;
    } catch (cause) {
      if (!isStaleToken(cause) || restart >= MAX_RESTARTS || options.signal.aborted) throw cause;
    }
  }
}

/** Pages of ListUsers where each page request is retried alone, so a throttled page does not restart the scan. */
async function* retryingPages(options: ScanOptions, filter?: string): AsyncGenerator<UserType[]> {
  let token: string | undefined;
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
    yield page.Users ?? [];
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
