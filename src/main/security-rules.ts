/**
 * The decisions behind the Electron hardening, as pure functions: no `electron` import, so each rule is unit-tested
 * in plain Node (test/unit/main/security-rules.test.ts). `security.ts` wires them to Electron's events.
 * Numbers refer to https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations
 */

/** The renderer is served from this custom scheme, never from file:// (checklist #18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cognito-console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Hosts the console may hand to the OS browser (checklist #15): AWS documentation and the AWS console. */
const EXTERNAL_HOSTS = new Set(['docs.aws.amazon.com', 'console.aws.amazon.com', 'aws.amazon.com']);
/** Regional consoles, e.g. eu-west-1.console.aws.amazon.com. */
const EXTERNAL_HOST_SUFFIXES = ['.console.aws.amazon.com'];

/**
 * Electron asks about permissions the renderer never needs (camera, geolocation, notifications...): all denied
 * (checklist #5). The one exception is the sanitized clipboard write behind navigator.clipboard.writeText, which the
 * copy buttons use; Chromium still requires a user gesture for it, and reading the clipboard stays denied.
 */
const APP_PERMISSIONS = new Set(['clipboard-sanitized-write']);

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True for URLs of the packaged renderer (app://cognito-console/...). Compared by protocol and host with a real URL
 * parser, never startsWith (checklist #13): Node's URL reports origin "null" for custom schemes, so origin equality
 * would not work here.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL, accepted only when the app is not packaged and
 * the URL is plain http(s) on the loopback interface: an environment variable must never point a shipped app at
 * remote content (checklist #1).
 */
export function devRendererUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !raw) return undefined;
  const parsed = parse(raw);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  return loopback.includes(parsed.hostname) ? parsed.href : undefined;
}

function isDevUrl(url: string, devUrl: string | undefined): boolean {
  if (!devUrl) return false;
  const parsed = parse(url);
  const dev = parse(devUrl);
  return parsed !== undefined && dev !== undefined && parsed.origin !== 'null' && parsed.origin === dev.origin;
}

/** Same-origin navigation only (checklist #13): the app's own pages, or the dev server's during development. */
export function isAllowedNavigation(url: string, devUrl?: string): boolean {
  return isAppUrl(url) || isDevUrl(url, devUrl);
}

/** Whether an IPC message from a frame at `frameUrl` may reach the core (checklist #17). */
export function isTrustedSender(frameUrl: string | undefined, devUrl?: string): boolean {
  if (!frameUrl) return false;
  return isAppUrl(frameUrl) || isDevUrl(frameUrl, devUrl);
}

/**
 * Whether a link may be opened in the user's browser with shell.openExternal (checklist #15): https only, no
 * credentials or custom port, and an exact AWS docs/console host. Anything else is dropped silently.
 */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const host = parsed.hostname;
  return EXTERNAL_HOSTS.has(host) || EXTERNAL_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** Permission decisions for both the request and the check handler (checklist #5). */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined, devUrl?: string): boolean {
  if (!APP_PERMISSIONS.has(permission) || !requestingUrl) return false;
  return isAllowedNavigation(requestingUrl, devUrl);
}
