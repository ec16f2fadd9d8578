import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { JobSummary } from '../../shared/model/jobs';
import { jobIdSchema, jobSummarySchema } from '../../shared/model/jobs';
import { hasCheckpoint, jobDir } from './job-files';

/** Finished jobs kept across restarts; older ones drop off, with their job folder (result.json, failures.csv). */
export const HISTORY_LIMIT = 200;

const historyFile = (dataDir: string): string => path.join(dataDir, 'jobs', 'history.json');
const historySchema = z.object({ version: z.literal(1), jobs: z.array(jobSummarySchema) });

/**
 * The jobs of earlier runs, newest first; a damaged or missing file is an empty history. A job saved as running
 * was cut short by the process dying (a crash, kill -9, power): it is interrupted, resumable if it left a checkpoint.
 */
export function readJobHistory(dataDir: string): JobSummary[] {
  try {
    const parsed = historySchema.safeParse(JSON.parse(readFileSync(historyFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data.jobs.slice(0, HISTORY_LIMIT).map((j) => interrupted(dataDir, j)) : [];
  } catch {
    return [];
  }
}

function interrupted(dataDir: string, job: JobSummary): JobSummary {
  if (job.state !== 'running') return job;
  const resumable = jobIdSchema.safeParse(job.jobId).success && hasCheckpoint(jobDir(dataDir, job.jobId));
  const { etaSeconds: _eta, ...rest } = job;
  return {
    ...rest,
    state: 'interrupted',
    ratePerSecond: 0,
    error: {
      code: 'INTERNAL',
      message: `The console stopped while this job ran.${resumable ? ' It can be resumed from its checkpoint.' : ''}`,
      retryable: resumable,
    },
    ...(resumable ? { resumable } : {}),
  };
}

/**
 * Adds a finished job in front and keeps the newest HISTORY_LIMIT. Written to a temporary file and renamed, so a
 * crash mid-write leaves the previous history. Returns the new list.
 */
export async function recordJob(dataDir: string, history: JobSummary[], job: JobSummary): Promise<JobSummary[]> {
  const all = [job, ...history.filter((j) => j.jobId !== job.jobId)];
  const kept = all.slice(0, HISTORY_LIMIT);
  const file = historyFile(dataDir);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ version: 1, jobs: kept })}\n`, { mode: 0o600 });
  await rename(tmp, file);
  // Only the job's own folder goes (an export's file lives elsewhere and stays); ids are checked UUIDs.
  for (const old of all.slice(HISTORY_LIMIT)) {
    if (jobIdSchema.safeParse(old.jobId).success) {
      await rm(jobDir(dataDir, old.jobId), { recursive: true, force: true });
    }
  }
  return kept;
}
