import type { JobInit } from './runner';

/**
 * A job whose users are known only once it runs (every user matching an index selection): `make` builds the job
 * for a list of usernames, `resolve` finds them. The job starts at once and resolves inside its run, so a start
 * request for a million matches answers in milliseconds; retry-failures reruns `make` on the failed users.
 * `relabel` turns the label `make` gives an empty list into the job's label (which names no count yet).
 */
export function resolvedTargetsJob(
  make: (usernames: string[]) => JobInit,
  resolve: (signal: AbortSignal) => Promise<string[]>,
  relabel: (label: string) => string,
): JobInit {
  const { kind, profile, region, userPoolId, operation, poolName, label } = make([]);
  return {
    kind,
    profile,
    region,
    userPoolId,
    operation,
    ...(poolName ? { poolName } : {}),
    label: relabel(label),
    async run(job) {
      const usernames = await resolve(job.signal);
      job.setTotal(usernames.length);
      await make(usernames).run(job);
    },
    retry: (items) => make(items),
  };
}
