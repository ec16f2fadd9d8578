/**
 * When to split a `sub ^=` partition of a whole-pool export, as plain arithmetic (no I/O, no clock).
 *
 * Why this shape: a running partition's PaginationToken cannot be split, and ListUsers returns users in no documented
 * order, so a partition can only be replaced by its 16 children (`sub ^= "b0"`..`"bf"`) that page it again from
 * the start; the subs it already wrote are skipped (deduplicated by sub), but the calls that list them are spent
 * again. Splitting also adds calls of its own: every partition ends on a part-filled page. So a split is a trade:
 * more calls against a shorter critical path. Splitting by a fixed rule (always, or whenever fewer than N partitions
 * run) spends those calls where they buy nothing: in a fresh export of a random-sub pool the 16 partitions end
 * within a page of each other and the quota is busy to the end (the bench shows it). It pays when the end would
 * idle: a resume where few partitions are left, a partition held back by retries, calls slower than
 * 16 / quota (then 16 streams cannot use the quota at all). This module estimates the time to finish the
 * remaining work with and without splitting and splits only when that saves at least `minGainMs`.
 *
 * The model: each runnable partition has an estimated number of pages left; every stream pages at most one call
 * per `latencyMs` (a call and its write), all streams share `rps` fairly (the throttle serves waiters in arrival
 * order), so the work finishes like processor sharing with a per-stream cap (finishTime). A partition's size comes
 * from the pool's estimate spread evenly over the sub space (subs are random UUIDs).
 */

export const HEX = '0123456789abcdef';
/** Deepest prefix a split creates: 3 characters, at most 4,096 partitions. */
export const MAX_DEPTH = 3;
/** At most this many partitions runnable at once, so splits cannot multiply without bound. */
export const MAX_RUNNABLE = 256;

export function childrenOf(prefix: string): string[] {
  return [...HEX].map((c) => `${prefix}${c}`);
}

/** One partition that still has work: not started, or paging (users it listed so far, deduplicated ones included). */
export interface RunnablePartition {
  prefix: string;
  listed: number;
}

export interface PlanInput {
  runnable: readonly RunnablePartition[];
  /** Users in the whole pool (estimated); unknown means no split can be judged. */
  poolUsers: number | undefined;
  /** ListUsers calls per second this export gets. */
  rps: number;
  /** One stream's time per page: the call and the write of its page. */
  latencyMs: number;
  pageSize: number;
  /** A split must shorten the estimated finish by at least this much. */
  minGainMs: number;
}

/** Users a prefix is expected to hold: the pool spread evenly over the 16^length sub prefixes. */
export function expectedUsers(prefix: string, poolUsers: number): number {
  return poolUsers / 16 ** prefix.length;
}

/** Pages a partition still needs: at least one (it has work), by its expected size less what it listed. */
export function pagesLeft(partition: RunnablePartition, poolUsers: number, pageSize: number): number {
  const left = expectedUsers(partition.prefix, poolUsers) - partition.listed;
  return Math.max(1, Math.ceil(left / pageSize));
}

/**
 * Seconds until the last of `pages` (one entry per stream) is read, every stream capped at `perStream` pages/s and
 * all of them together at `total` pages/s, shared evenly among the streams still running.
 */
export function finishTime(pages: readonly number[], total: number, perStream: number): number {
  const sorted = [...pages].sort((a, b) => a - b);
  let t = 0;
  let progress = 0;
  for (let i = 0; i < sorted.length; i++) {
    const running = sorted.length - i;
    const rate = Math.min(perStream, total / running);
    t += ((sorted[i] ?? 0) - progress) / rate;
    progress = sorted[i] ?? progress;
  }
  return t;
}

/**
 * The partitions to replace by their children now, most pages left first (possibly none). Tries splitting the k
 * partitions with the most pages left, for every k, since a critical path held by several equal partitions only
 * shortens when all of them split. Children split further on a later call, once these splits are made.
 */
export function chooseSplits(input: PlanInput): string[] {
  const { poolUsers, pageSize } = input;
  if (poolUsers === undefined || poolUsers <= 0 || input.latencyMs <= 0 || input.rps <= 0) return [];
  const perStream = 1000 / input.latencyMs;
  const current = input.runnable.map((p) => ({ prefix: p.prefix, pages: pagesLeft(p, poolUsers, pageSize) }));
  const childPages = (prefix: string): number[] =>
    childrenOf(prefix).map((child) => pagesLeft({ prefix: child, listed: 0 }, poolUsers, pageSize));
  const base = finishTime(
    current.map((p) => p.pages),
    input.rps,
    perStream,
  );
  const candidates = current
    .filter((p) => p.prefix.length < MAX_DEPTH)
    .sort((a, b) => b.pages - a.pages || a.prefix.localeCompare(b.prefix));
  let best: { k: number; time: number } | undefined;
  for (let k = 1; k <= candidates.length && current.length + 15 * k <= MAX_RUNNABLE; k++) {
    const split = new Set(candidates.slice(0, k).map((p) => p.prefix));
    const pages = current.filter((p) => !split.has(p.prefix)).map((p) => p.pages);
    for (const prefix of split) pages.push(...childPages(prefix));
    const time = finishTime(pages, input.rps, perStream);
    if (!best || time < best.time) best = { k, time };
  }
  if (!best || (base - best.time) * 1000 < input.minGainMs) return [];
  return candidates.slice(0, best.k).map((p) => p.prefix);
}
