import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { JobFailure, JobSummary } from '../../shared/model/jobs';
import { csvStringifier } from '../services/export/csv-stringifier';

export interface JobReport {
  summary: JobSummary;
  failures: JobFailure[];
  notes: { item: string; message: string }[];
}

/** <dataDir>/jobs/<id>/: the job's own folder for its result and failure report. */
export function jobDir(dataDir: string, jobId: string): string {
  return path.join(dataDir, 'jobs', jobId);
}

/** result.json: the final summary, every failure and every note; failures.csv: item, code, reason (when any). */
export async function writeJobReport(
  dir: string,
  report: JobReport,
): Promise<{ resultFile: string; failureFile?: string }> {
  await mkdir(dir, { recursive: true });
  const resultFile = path.join(dir, 'result.json');
  await writeFile(resultFile, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600 });
  if (report.failures.length === 0) return { resultFile };
  const failureFile = path.join(dir, 'failures.csv');
  const out = createWriteStream(failureFile, { mode: 0o600 });
  const csv = csvStringifier({ header: true, columns: ['item', 'code', 'reason'] });
  csv.pipe(out);
  for (const failure of report.failures) {
    if (!csv.write(failure)) await new Promise((resolve) => csv.once('drain', resolve));
  }
  csv.end();
  await finished(out);
  return { resultFile, failureFile };
}

/** An export that can continue after a crash keeps its checkpoint in its job folder under this name. */
export const CHECKPOINT_FILE = 'checkpoint.json';

/** Whether the job left a checkpoint to resume from (an export that failed, was cancelled or was interrupted). */
export function hasCheckpoint(dir: string): boolean {
  return existsSync(path.join(dir, CHECKPOINT_FILE));
}
