import { BrowserWindow, Notification } from 'electron';
import type { JobSummary } from '../shared/model/jobs';
import { jobNotice } from './job-notice';

/** Tells a user who looked away that a long job ended (UI.md: jobs). */
export function notifyJobFinished(summary: JobSummary): void {
  const notice = jobNotice(summary, BrowserWindow.getFocusedWindow() !== null);
  if (notice && Notification.isSupported()) new Notification(notice).show();
}
