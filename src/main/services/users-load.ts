import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { CognitoIdentityProviderClient, UserType } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { UserFilter, UserPage, UserRow } from '../../shared/model/users';
import { toWireError } from '../ipc/to-wire-error';
import type { Throttle } from '../jobs/limits';
import { partitionedScan, sequentialScan } from './export/scan';
import { filterString, toUserRow } from './users';

/** One event per page would be 1,700 events for 100k users: batch pages that arrive within this gap. */
const FLUSH_MS = 200;
const FLUSH_ROWS = 1_200;

/** Progressive loads of a pool's users: pages go out as events as they arrive; a load can be cancelled. */
export class UserLoads {
  private readonly running = new Map<string, AbortController>();

  start(
    idp: CognitoIdentityProviderClient,
    userPoolId: string,
    filter: UserFilter | undefined,
    throttle: Throttle,
    emit: (page: UserPage) => void,
  ): string {
    const loadId = randomUUID();
    const controller = new AbortController();
    // 16 partitions in flight each listen on the signal: not a leak, so no MaxListeners warning.
    setMaxListeners(64, controller.signal);
    this.running.set(loadId, controller);
    void this.run(idp, userPoolId, filter, throttle, emit, loadId, controller.signal).finally(() =>
      this.running.delete(loadId),
    );
    return loadId;
  }

  /** Unknown or finished loads are ignored: the renderer may cancel a load that has just ended. */
  cancel(loadId: string): void {
    this.running.get(loadId)?.abort();
  }

  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }

  private async run(
    idp: CognitoIdentityProviderClient,
    userPoolId: string,
    filter: UserFilter | undefined,
    throttle: Throttle,
    emit: (page: UserPage) => void,
    loadId: string,
    signal: AbortSignal,
  ): Promise<void> {
    let loaded = 0;
    let estimated: number | undefined;
    let pending: UserRow[] = [];
    let lastFlush = 0;
    const flush = (done: boolean, error?: UserPage['error']): void => {
      loaded += pending.length;
      emit({
        loadId,
        rows: pending,
        loaded,
        ...(estimated !== undefined ? { estimated } : {}),
        done,
        ...(error ? { error } : {}),
      });
      pending = [];
      lastFlush = performance.now();
    };
    // The estimate only describes an unfiltered load; it is approximate and may lag recent changes.
    const estimate = filter
      ? Promise.resolve(undefined)
      : throttle('UserPoolRead', signal)
          .then(() => idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }), { abortSignal: signal }))
          .then((r) => r.UserPool?.EstimatedNumberOfUsers)
          .catch(() => undefined);
    try {
      estimated = await estimate;
      const sent = new Set<string>();
      let first = true;
      const sink = (users: UserType[]): Promise<void> => {
        for (const user of users) {
          if (sent.has(user.Username ?? '')) continue;
          sent.add(user.Username ?? '');
          pending.push(toUserRow(user));
        }
        if (first || pending.length >= FLUSH_ROWS || performance.now() - lastFlush >= FLUSH_MS) flush(false);
        first = false;
        return Promise.resolve();
      };
      const scan = { idp, userPoolId, throttle, signal };
      if (filter) {
        await sequentialScan(scan, sink, filterString(filter));
      } else {
        // The 16 sub ^= partitions fill the grid up to 16 times faster (within the shared 30/s quota); if they
        // found fewer users than the pool holds, one plain scan adds the missing ones (rows already sent are skipped).
        await partitionedScan(scan, sink);
        if (estimated !== undefined && sent.size !== estimated) await sequentialScan(scan, sink);
      }
      flush(true);
    } catch (cause) {
      flush(true, toWireError(signal.aborted ? Object.assign(new Error('Cancelled'), { name: 'AbortError' }) : cause));
    }
  }
}
