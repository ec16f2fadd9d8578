import { sanitizeEmail } from './sanitize-email';

export type { Sample } from '../../../shared/templates/sample';
export { fillSample, looksLikeHtml, newSample } from '../../../shared/templates/sample';

/**
 * The preview document for a sandboxed srcdoc iframe. The app's CSP (inherited by srcdoc) allows no inline
 * style attributes and only nonce'd <style>, so the sanitized body's CSS (`sanitizeEmail`) goes into one nonce'd
 * block; the document's own CSP adds that nothing may be fetched.
 */
export function emailDocument(html: string, nonce: string, dark: boolean): string {
  const { html: body, css } = sanitizeEmail(html);
  const colors = dark ? 'background:#0f1b2a;color:#d1d5db' : 'background:#ffffff;color:#16191f';
  const policy = `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:`;
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    `<style nonce="${nonce}">body{margin:16px;font:14px/1.5 system-ui,sans-serif;${colors}}img{max-width:100%}a{color:#0972d3}.plain-text{white-space:pre-wrap}.remote-image{display:inline-block;padding:8px;border:1px dashed #8c8c94;font-size:12px}\n${css}</style>`,
    `</head><body>${body}</body></html>`,
  ].join('');
}
