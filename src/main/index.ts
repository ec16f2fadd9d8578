import { app, BrowserWindow, session } from 'electron';
import { rendererDir } from './app-files';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import type { Core } from './core';
import { createCore } from './core';
import { bindIpc } from './ipc/electron';
import { hardenSession, installSecurity } from './security';
import { devRendererUrl } from './security-rules';
import { notifyJobFinished } from './job-notification';
import { chooseSavePath } from './save-dialog';
import { createMainWindow, isAppWindowContents } from './window';

/** App lifecycle only: the rules live in security.ts, the work in core.ts. */

const devUrl = devRendererUrl(process.env, app.isPackaged);
let core: Core | undefined;
let disposed = false;
let shutdown: Promise<void> | undefined;

function showWindow(): void {
  const [existing] = BrowserWindow.getAllWindows();
  if (!existing) {
    createMainWindow({ devUrl });
    return;
  }
  if (existing.isMinimized()) existing.restore();
  existing.focus();
}

// A second instance would start a second sandbox emulator and fight over the settings file: hand over instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Both must happen before `ready`: privileged schemes are fixed at startup, and the first window must be covered.
  registerAppScheme();
  installSecurity(devUrl);

  app.on('second-instance', showWindow);

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, devUrl);
      handleAppProtocol(rendererDir(__dirname));
      core = createCore({
        dataDir: app.getPath('userData'),
        host: 'electron',
        version: app.getVersion(),
        chooseSavePath,
        onJobFinished: notifyJobFinished,
        onError: (channel, error, cause) => {
          if (error.code === 'INTERNAL') console.error(`[core] ${channel}: ${error.message}`, cause);
        },
      });
      core.indexes.warm();
      bindIpc({ dispatch: core.dispatch, devUrl, isAppWindow: isAppWindowContents });
      createMainWindow({ devUrl });
      // macOS: clicking the dock icon with no window open brings one back.
      app.on('activate', showWindow);
    })
    .catch((error: unknown) => {
      console.error('[app] startup failed', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // The sandbox emulator is a child process: stop it before the app exits, then let the quit continue.
  app.on('will-quit', (event) => {
    if (disposed || !core) return;
    event.preventDefault();
    shutdown ??= core
      .dispose()
      .catch((error: unknown) => console.error('[app] shutdown failed', error))
      .finally(() => {
        disposed = true;
        app.quit();
      });
  });
}
