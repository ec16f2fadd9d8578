import type { WebContents } from 'electron';
import { app, BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from './security-rules';

/** Cloudscape's page background in each mode, so the window does not flash white before the first paint. */
const BACKGROUND = { dark: '#0f1b2a', light: '#ffffff' } as const;

function backgroundColor(): string {
  return nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light;
}

/**
 * The webContents of windows this module created: the IPC binding only answers these (checklist #17). Kept by id,
 * which Electron never reuses within a run, rather than by wrapper object identity.
 */
const appContentsIds = new Set<number>();

export function isAppWindowContents(contents: WebContents): boolean {
  return appContentsIds.has(contents.id);
}

export interface WindowOptions {
  /** electron-vite's dev server, only when not packaged (see devRendererUrl). */
  devUrl: string | undefined;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Cognito Console',
    show: false,
    backgroundColor: backgroundColor(),
    autoHideMenuBar: true,
    webPreferences: {
      // Out of out/main/index.js; a sandboxed preload is one CommonJS bundle (electron.vite.config.ts).
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true, // checklist #3
      sandbox: true, // checklist #4
      nodeIntegration: false, // checklist #2
      nodeIntegrationInWorker: false, // checklist #2
      nodeIntegrationInSubFrames: false, // checklist #2
      webSecurity: true, // checklist #6
      allowRunningInsecureContent: false, // checklist #8
      experimentalFeatures: false, // checklist #9
      // checklist #10: enableBlinkFeatures is deliberately not set. Auxclick is switched off so a middle click
      // cannot open links in new windows behind the app's back (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false, // checklist #11, #12
      navigateOnDragDrop: false, // a dropped file must not replace the app (checklist #13)
      safeDialogs: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  const contentsId = window.webContents.id;
  appContentsIds.add(contentsId);
  window.once('closed', () => appContentsIds.delete(contentsId));

  window.once('ready-to-show', () => window.show());
  const followTheme = (): void => {
    if (!window.isDestroyed()) window.setBackgroundColor(backgroundColor());
  };
  nativeTheme.on('updated', followTheme);
  window.once('closed', () => nativeTheme.off('updated', followTheme));

  // checklist #1, #18: the app's own files over app://, or the loopback dev server in development.
  const url = options.devUrl ?? APP_ENTRY_URL;
  window.loadURL(url).catch((error: unknown) => console.error(`[window] failed to load ${url}`, error));
  return window;
}
