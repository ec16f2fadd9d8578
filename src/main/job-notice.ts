import type { JobSummary } from '../shared/model/jobs';

/** Jobs shorter than this end while the user is still watching: no notification. */
export const NOTIFY_AFTER_MS = 10_000;

export interface JobNotice {
  title: string;
  body: string;
}

/** The OS notification for a finished job, or undefined when the user needs none (short job, window focused). */
export function jobNotice(summary: JobSummary, windowFocused: boolean): JobNotice | undefined {
  if (windowFocused || summary.state === 'running' || !summary.finishedAt) return undefined;
  const took = Date.parse(summary.finishedAt) - Date.parse(summary.startedAt);
  if (!(took >= NOTIFY_AFTER_MS)) return undefined;
  const outcome = {
    succeeded: 'finished',
    failed: 'finished with failures',
    cancelled: 'was cancelled',
    interrupted: 'was interrupted',
  }[summary.state];
  const count = new Intl.NumberFormat('en-US');
  return {
    title: `Job ${outcome}: ${summary.label}`,
    body: `${count.format(summary.succeeded)} succeeded, ${count.format(summary.failed)} failed. Open Jobs for the report.`,
  };
}
