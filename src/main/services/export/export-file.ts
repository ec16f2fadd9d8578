import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { ExportFormat } from '../../../shared/model/jobs';

export { exportJob } from './export-job';

const EXTENSION: Record<ExportFormat, string> = {
  csv: 'csv',
  'cognito-csv': 'import.csv',
  json: 'json',
  ndjson: 'ndjson',
};

/** e.g. eu-west-1_AbC-users-2026-11-23T16-40-00.csv: sortable, and safe on every file system. */
export function suggestedExportName(userPoolId: string, format: ExportFormat, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return `${userPoolId}-users-${stamp}.${EXTENSION[format]}`;
}

/**
 * Where an export goes: the save dialog's answer (Electron) or <dataDir>/exports/<name>. A dismissed dialog is a
 * cancel, not an error.
 */
export async function exportPath(
  deps: { dataDir: string; chooseSavePath?: (suggestedName: string) => Promise<string | undefined> },
  userPoolId: string,
  format: ExportFormat,
): Promise<string> {
  const name = suggestedExportName(userPoolId, format);
  const chosen = deps.chooseSavePath ? await deps.chooseSavePath(name) : path.join(deps.dataDir, 'exports', name);
  if (!chosen) throw new AppError('CANCELLED', 'Export cancelled: no file was chosen.');
  await mkdir(path.dirname(chosen), { recursive: true });
  return chosen;
}
