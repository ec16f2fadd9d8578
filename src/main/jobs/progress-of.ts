import type { JobProgress, JobSummary } from '../../shared/model/jobs';

/** The jobs:progress event of a job: counts, rate and files, with its pool and label so any window can show it. */
export function progressOf(summary: JobSummary): JobProgress {
  const { jobId, kind, state, userPoolId, poolName, label, done, total, succeeded, failed } = summary;
  const { ratePerSecond, etaSeconds } = summary;
  return {
    jobId,
    kind,
    state,
    userPoolId,
    ...(poolName ? { poolName } : {}),
    label,
    done,
    ...(total !== undefined ? { total } : {}),
    succeeded,
    failed,
    ratePerSecond: Math.round(ratePerSecond * 10) / 10,
    ...(etaSeconds !== undefined ? { etaSeconds } : {}),
    ...(summary.resultFile ? { resultFile: summary.resultFile } : {}),
    ...(summary.failureFile ? { failureFile: summary.failureFile } : {}),
    ...(summary.error ? { error: summary.error } : {}),
  };
}
