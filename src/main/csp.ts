import { randomBytes } from 'node:crypto';

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The renderer's Content-Security-Policy: nothing by default, then only what the app needs. Styles may come from
 * the app's own files or carry the per-load nonce (ag-grid injects its theme as <style nonce>); no inline script,
 * no eval, no remote content. `connectSrc` is 'none' in Electron (IPC only) and the web host's own origin there.
 */
export function contentSecurityPolicy(nonce: string, connectSrc = "'none'"): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connectSrc}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Puts the nonce where the renderer reads it (a meta tag) and on the app's own tags. */
export function injectNonce(html: string, nonce: string): string {
  return html.split(NONCE_PLACEHOLDER).join(nonce);
}
