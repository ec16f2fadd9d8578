import { QUOTA_RPS } from '../../jobs/limits';
import { USERS_PAGE } from '../users';
import { chooseSplits, childrenOf } from './partition-plan';
import type { PartitionPage, PartitionStart, ScanOptions } from './scan';
import { PARTITIONS, scanWithRestarts } from './scan';

/** Where a partition of a scheduled scan stands on resume: PartitionStart, or replaced by its children. */
export interface ScheduledStart extends PartitionStart {
  split?: boolean;
}

export interface SchedulerSink {
  /** One page of one partition (as resumablePartitionedScan's sink). */
  page(page: PartitionPage): Promise<void>;
  /** `parent` is replaced by `children`, none of them started yet; resolves once that is recorded. */
  split(parent: string, children: string[]): Promise<void>;
  /**
   * Settles once the sink no longer waits for its own setup (the pool described, the writer open): a page granted
   * before then also waited for that, so its time is not measured as a page's.
   */
  ready?: Promise<unknown>;
}

export interface ScheduleTuning {
  /** The pool's estimated users (DescribeUserPool); else estimated from the partitions already done. */
  poolUsers?: number;
  /** ListUsers calls/s at most (default the documented quota); lower when the throttle is seen to hold calls back. */
  rps?: number;
  /** Fixes a stream's time per page instead of measuring it (tests). */
  latencyMs?: number;
}

export interface ScheduledResult {
  /** Users each partition wrote, split ones and earlier runs included. */
  counts: Map<string, number>;
  /** Partitions replaced by their children in this run. */
  splits: number;
}

/**
 * Pages measured before the first decision: one per starting partition (at most 16), so one slow first call of a
 * fresh export cannot decide, and a resume with one partition left decides after its first page.
 */
const MIN_SAMPLES = 16;
/** Weight of each new sample in the moving averages. */
const ALPHA = 0.1;

interface Slot {
  prefix: string;
  state: 'running' | 'done' | 'split';
  token?: string;
  count: number;
  listed: number;
  seen: Set<string>;
  stop: boolean;
  grantedAt: number;
}

/**
 * The whole-pool scan of an export with a dynamic partition set: starts from the 16 `sub ^=` partitions (or the set
 * a checkpoint recorded) and, when partition-plan.ts finds that the end would idle, stops a partition after its
 * current page and continues it as its 16 children. A child is told the subs its parent wrote under its prefix and
 * skips them, so the export still holds every user once. Decisions are taken after every page and every finished
 * partition, from the measured time per page and the measured rate of the shared UserList throttle; no call is
 * made for the decision itself.
 */
export async function scheduledPartitionScan(
  options: ScanOptions,
  sink: SchedulerSink,
  from?: ReadonlyMap<string, ScheduledStart>,
  tuning: ScheduleTuning = {},
): Promise<ScheduledResult> {
  const slots = new Map<string, Slot>();
  const initial: ReadonlyMap<string, ScheduledStart> =
    from ?? new Map(PARTITIONS.map((p) => [p, { done: false, count: 0, seen: new Set<string>() }]));
  for (const [prefix, start] of initial) {
    slots.set(prefix, {
      prefix,
      state: start.split ? 'split' : start.done ? 'done' : 'running',
      ...(start.token ? { token: start.token } : {}),
      count: start.count,
      listed: start.count,
      seen: start.seen,
      stop: false,
      grantedAt: 0,
    });
  }
  let latencyMs = tuning.latencyMs ?? 0;
  let samples = 0;
  // Pages granted before the sink's setup settled are not timed (see SchedulerSink.ready).
  let timedFrom = sink.ready ? Infinity : 0;
  sink.ready?.then(
    () => (timedFrom = performance.now()),
    () => undefined,
  );
  const needed = Math.min(MIN_SAMPLES, [...slots.values()].filter((s) => s.state === 'running').length);
  let intervalMs = 0;
  let lastGrant = 0;
  let splits = 0;

  const measured = (slot: Slot): ScanOptions['throttle'] => {
    return async (category, signal) => {
      const asked = performance.now();
      await options.throttle(category, signal);
      const now = performance.now();
      // A call held back by the bucket means the quota is what limits us: the spacing of such grants is its rate.
      if (now - asked > 2 && lastGrant > 0) {
        intervalMs = intervalMs === 0 ? now - lastGrant : intervalMs + ALPHA * (now - lastGrant - intervalMs);
      }
      lastGrant = now;
      slot.grantedAt = now;
    };
  };

  const poolUsers = (): number | undefined => {
    if (tuning.poolUsers !== undefined && tuning.poolUsers > 0) return tuning.poolUsers;
    let users = 0;
    let share = 0;
    for (const slot of slots.values()) {
      if (slot.state !== 'done') continue;
      users += slot.count;
      share += 16 ** -slot.prefix.length;
    }
    return share > 0 ? users / share : undefined;
  };

  const consider = (): void => {
    if (samples < needed && tuning.latencyMs === undefined) return;
    const runnable = [...slots.values()].filter((s) => s.state === 'running' && !s.stop);
    // Measured, the rate can only lower the quota's (Settings lowered it, other jobs share the bucket): a grant
    // that looked held back only because the event loop was busy must not make the quota look larger.
    const quota = tuning.rps ?? QUOTA_RPS.UserList;
    const rps = intervalMs > 0 ? Math.min(quota, 1000 / intervalMs) : quota;
    const chosen = chooseSplits({
      runnable: runnable.map((s) => ({ prefix: s.prefix, listed: s.listed })),
      poolUsers: poolUsers(),
      rps,
      latencyMs,
      pageSize: USERS_PAGE,
      // One round trip: less than that is within the error of the size estimate (a partition of a random-sub
      // pool is within about half a page of its expected size).
      minGainMs: latencyMs,
    });
    for (const prefix of chosen) {
      const slot = slots.get(prefix);
      if (slot) slot.stop = true;
    }
  };

  return new Promise<ScheduledResult>((resolve, reject) => {
    let active = 0;
    let failed = false;
    const launch = (slot: Slot): void => {
      active++;
      run(slot).then(
        () => {
          active--;
          if (active === 0 && !failed) {
            resolve({ counts: new Map([...slots].map(([prefix, s]) => [prefix, s.count])), splits });
          }
        },
        (error: unknown) => {
          if (!failed) reject(error instanceof Error ? error : new Error(String(error)));
          failed = true;
        },
      );
    };

    const run = async (slot: Slot): Promise<void> => {
      const start = { ...(slot.token ? { token: slot.token } : {}), seen: slot.seen };
      const finished = await scanWithRestarts(
        { ...options, throttle: measured(slot) },
        async (page) => {
          slot.count += page.users.length;
          slot.listed += page.listed;
          if (page.next) slot.token = page.next;
          await sink.page({
            partition: slot.prefix,
            users: page.users,
            keys: page.keys,
            ...(page.next ? { next: page.next } : {}),
          });
          if (tuning.latencyMs === undefined && slot.grantedAt >= timedFrom) {
            const sample = performance.now() - slot.grantedAt;
            latencyMs = samples === 0 ? sample : latencyMs + ALPHA * (sample - latencyMs);
            samples++;
          }
          if (!page.next) slot.state = 'done';
          consider();
        },
        `sub ^= "${slot.prefix}"`,
        start,
        () => slot.stop,
      );
      if (finished) {
        slot.state = 'done';
        slot.seen = new Set();
        return;
      }
      await split(slot);
    };

    const split = async (slot: Slot): Promise<void> => {
      slot.state = 'split';
      const children = childrenOf(slot.prefix).map((prefix): Slot => ({
        prefix,
        state: 'running',
        count: 0,
        listed: 0,
        seen: new Set(),
        stop: false,
        grantedAt: 0,
      }));
      // The subs the parent wrote go to the child whose prefix they carry (a sub matched the parent's filter).
      const depth = slot.prefix.length;
      for (const key of slot.seen) children[parseInt(key.charAt(depth), 16)]?.seen.add(key);
      slot.seen = new Set();
      await sink.split(
        slot.prefix,
        children.map((c) => c.prefix),
      );
      splits++;
      for (const child of children) slots.set(child.prefix, child);
      for (const child of children) launch(child);
    };

    const running = [...slots.values()].filter((s) => s.state === 'running');
    if (running.length === 0) {
      resolve({ counts: new Map([...slots].map(([prefix, s]) => [prefix, s.count])), splits });
      return;
    }
    for (const slot of running) launch(slot);
  });
}
