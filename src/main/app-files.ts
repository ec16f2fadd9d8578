import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy, injectNonce, newNonce } from './csp';
import { APP_HOST, APP_SCHEME } from './security-rules';

/**
 * What the app:// protocol serves, without Electron: URL -> file inside the renderer folder, MIME type, and the
 * per-load CSP nonce for index.html. `app-protocol.ts` only turns the result into a Response.
 */

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a request URL names inside `rootDir`, or undefined when it must be refused: another scheme or host,
 * an encoded slash, backslash or NUL, a dot segment, or anything that would resolve outside the root. The URL
 * parser already folds `..`; checking every decoded segment again covers `%2e%2e` and `%2f` tricks.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;

  const rawSegments = url.pathname.split('/').filter((s) => s !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment) || /^[a-zA-Z]:/.test(segment)) return undefined;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');

  const root = resolve(rootDir);
  const target = resolve(root, ...segments);
  return isInside(root, target) ? target : undefined;
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export interface AppFileResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string | null;
}

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff' };

function refusal(status: number, text: string): AppFileResponse {
  return { status, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: text };
}

export interface ServeOptions {
  method?: string;
  /** Injectable for tests; a fresh random nonce per index.html load otherwise. */
  nonce?: () => string;
  /** The CSP's connect-src: 'none' in Electron (IPC only); the web host allows its own origin. */
  connectSrc?: string;
  /** Markup put first in <head> of the page (the web host's window.api shim). */
  headPrefix?: string;
}

/**
 * Serves one app:// request from `rootDir`. index.html gets a fresh nonce in its placeholders and the matching
 * Content-Security-Policy header (checklist #7); symlinks that lead out of the root are refused like `..`.
 */
export async function serveAppFile(
  requestUrl: string,
  rootDir: string,
  options: ServeOptions = {},
): Promise<AppFileResponse> {
  const method = (options.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return refusal(405, 'Method not allowed');

  const target = resolveAppPath(requestUrl, rootDir);
  if (!target) return refusal(403, 'Forbidden');

  let body: Buffer;
  try {
    const real = await realpath(target);
    if (!isInside(await realpath(rootDir), real)) return refusal(403, 'Forbidden');
    body = await readFile(real);
  } catch {
    return refusal(404, 'Not found');
  }

  const headers: Record<string, string> = { ...COMMON_HEADERS, 'Content-Type': mimeTypeFor(target) };
  if (extname(target).toLowerCase() !== '.html') {
    return { status: 200, headers, body: method === 'HEAD' ? null : body };
  }
  const nonce = (options.nonce ?? newNonce)();
  headers['Content-Security-Policy'] = contentSecurityPolicy(nonce, options.connectSrc);
  // The nonce changes per load, so the page must never come from a cache.
  headers['Cache-Control'] = 'no-store';
  let html = injectNonce(body.toString('utf8'), nonce);
  if (options.headPrefix) html = html.replace('<head>', `<head>\n    ${options.headPrefix}`);
  return { status: 200, headers, body: method === 'HEAD' ? null : html };
}

/** The renderer build folder next to the main bundle: out/main/index.js -> out/renderer. */
export function rendererDir(mainDir: string): string {
  return join(mainDir, '..', 'renderer');
}
