import { protocol } from 'electron';
import { serveAppFile } from './app-files';
import { APP_SCHEME } from './security-rules';

/**
 * The renderer is served from app://cognito-console instead of file:// (checklist #18): file:// pages get extra
 * privileges and can read any local file; this scheme serves only the renderer build folder.
 */

/** Must run before `app` is ready. `standard` gives real origins and relative URLs; `secure` a secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // No bypassCSP, no corsEnabled, no service workers: the scheme gets only what a normal https page would.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Must run after `app` is ready, before the window loads. */
export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await serveAppFile(request.url, rootDir, { method: request.method });
    // A Buffer is not a BodyInit in the DOM typings; its bytes as a Uint8Array are.
    const body = Buffer.isBuffer(file.body) ? new Uint8Array(file.body) : file.body;
    return new Response(body, { status: file.status, headers: file.headers });
  });
}
