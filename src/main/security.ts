import type { Session, WebContents } from 'electron';
import { app, shell } from 'electron';
import { isAllowedExternalUrl, isAllowedNavigation, isPermissionGranted } from './security-rules';

/**
 * Every Electron hardening rule in one place. The decisions are pure functions in `security-rules.ts`; this file
 * only hooks them to Electron. "#n" cites the item of https://www.electronjs.org/docs/latest/tutorial/security
 * (see SECURITY.md for the whole checklist). BrowserWindow webPreferences (#2, #3, #4, #6, #8, #9, #10) live in
 * `window.ts`, the sender check (#17) in `ipc/electron.ts`, the custom protocol (#18) in `app-protocol.ts`.
 */

/** #15: only allow-listed https links reach the OS, and only from the main process, never as the renderer asks. */
export function openExternalIfAllowed(url: string): void {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`[security] refused to open external URL: ${url.slice(0, 200)}`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => console.warn('[security] openExternal failed', error));
}

/** Applied to every webContents Electron creates, so a new window or frame can never escape the rules. */
export function hardenWebContents(contents: WebContents, devUrl: string | undefined): void {
  // #13: navigation stays inside the app. An allow-listed link goes to the OS browser instead of this window.
  const guardNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (isAllowedNavigation(url, devUrl)) return;
    event.preventDefault();
    openExternalIfAllowed(url);
  };
  contents.on('will-navigate', (event) => guardNavigation(event, event.url));
  // Sub-frames navigate without will-navigate. The app has no iframes: a frame leaving the app is refused, and
  // never opens the OS browser (the main frame is will-navigate's, so a link is not opened twice).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url, devUrl)) event.preventDefault();
  });
  // A redirect is a navigation the first check did not see.
  contents.on('will-redirect', (event) => guardNavigation(event, event.url));

  // #14: no new windows, ever. window.open / target=_blank of an allow-listed link opens in the OS browser.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });

  // #11, #12: the window is created with webviewTag: false; should a <webview> appear anyway, it is not attached.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** #5: deny every permission request and check, except the sanitized clipboard write for the app itself. */
export function hardenSession(session: Session, devUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, devUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devUrl),
  );
  // WebHID / WebUSB / Web Serial devices: the console never needs them.
  session.setDevicePermissionHandler(() => false);
}

/**
 * Installs the rules for everything created from now on. Call before `app` is ready so the first window and
 * the default session are already covered. There is no `remote` module to disable: it was removed in Electron 14
 * and is not a dependency (checklist "no remote", Electronegativity REMOTE_MODULE).
 */
export function installSecurity(devUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl));
  app.on('session-created', (session) => hardenSession(session, devUrl));
}
