/**
 * The browser side of the web host: gives the page the same `window.api` (WindowApi) the Electron preload gives,
 * over fetch + server-sent events. Served as a script from the host's own origin, so the CSP needs no inline script.
 * The token arrives once in the URL (?token=), moves to sessionStorage and leaves the address bar.
 */
export const API_SHIM_PATH = '/__api/shim.js';
export const INVOKE_PATH = '/__api/invoke';
export const EVENTS_PATH = '/__api/events';
export const TOKEN_HEADER = 'x-cc-token';
export const CLIENT_HEADER = 'x-cc-client';

export function apiShimSource(): string {
  return `(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  let token = params.get('token');
  if (token) {
    sessionStorage.setItem('cc-token', token);
    params.delete('token');
    const search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
  } else {
    token = sessionStorage.getItem('cc-token') || '';
  }
  const clientId = crypto.randomUUID();
  const listeners = new Map();
  const source = new EventSource(${JSON.stringify(EVENTS_PATH)} + '?client=' + clientId + '&token=' + encodeURIComponent(token));
  source.onmessage = (message) => {
    let data;
    try { data = JSON.parse(message.data); } catch { return; }
    for (const listener of listeners.get(data.event) || []) listener(data.payload);
  };
  const api = {
    async invoke(channel, request) {
      const response = await fetch(${JSON.stringify(INVOKE_PATH)}, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ${JSON.stringify(TOKEN_HEADER)}: token, ${JSON.stringify(CLIENT_HEADER)}: clientId },
        body: JSON.stringify({ channel, request }),
      });
      if (!response.ok && response.status !== 200) {
        return { ok: false, error: { code: response.status === 403 ? 'FORBIDDEN' : 'INTERNAL', message: 'Web host refused the call (' + response.status + ')', retryable: false } };
      }
      return response.json();
    },
    on(event, listener) {
      const set = listeners.get(event) || new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}
