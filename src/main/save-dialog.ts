import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';

/** Asks where an export goes, starting in Downloads; undefined when the user cancels. */
export async function chooseSavePath(suggestedName: string): Promise<string | undefined> {
  const options = {
    title: 'Export users',
    defaultPath: path.join(app.getPath('downloads'), suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled ? undefined : result.filePath;
}
