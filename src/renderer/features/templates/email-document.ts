import DOMPurify from 'dompurify';

export type { Sample } from '../../../shared/templates/sample';
export { fillSample, looksLikeHtml, newSample } from '../../../shared/templates/sample';

/**
 * The preview document for a sandboxed srcdoc iframe. The app's CSP (inherited by srcdoc) allows no inline
 * style attributes and only nonce'd <style>, so style attributes and the email's own <style> blocks are moved
 * into one nonce'd block keyed by a data attribute; the document's own CSP adds that nothing may be fetched.
 */
export function emailDocument(html: string, nonce: string, dark: boolean): string {
  // Parsing documents inherit the app's CSP, which reports (and blocks) style attributes and handlers as they are
  // parsed: renamed first, so sanitizing is quiet. DOMPurify still removes whatever this rough pass misses.
  const renamed = html
    .replace(/(?<=<[a-z][^<>]*)\sstyle\s*=/gi, ' data-pv-style=')
    .replace(/(?<=<[a-z][^<>]*)\son([a-z]+)\s*=/gi, ' data-pv-on$1=');
  const clean = DOMPurify.sanitize(renamed, {
    FORBID_TAGS: ['script', 'form', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'input', 'button'],
    FORBID_ATTR: ['srcset', 'action', 'formaction', 'ping'],
  });
  // An inert document, to move styles into the nonce'd block the frame's CSP allows.
  const inert = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
  const rules: string[] = [];
  inert.querySelectorAll('style').forEach((el) => {
    rules.push(el.textContent);
    el.remove();
  });
  // Nothing is fetched: a remote image becomes a labelled box (the CSP would block it anyway, noisily).
  inert.querySelectorAll('img').forEach((img) => {
    const src = img.getAttribute('src') ?? '';
    if (src.startsWith('data:')) return;
    img.removeAttribute('src');
    img.setAttribute('alt', `Image not loaded in the preview: ${src || '(no address)'}`);
    img.classList.add('remote-image');
  });
  inert.querySelectorAll('[background]').forEach((el) => el.removeAttribute('background'));
  inert.querySelectorAll('*').forEach((el) => {
    for (const name of el.getAttributeNames()) if (name.startsWith('data-pv-on')) el.removeAttribute(name);
  });
  inert.querySelectorAll('[data-pv-style]').forEach((el, i) => {
    el.setAttribute('data-pv', String(i));
    rules.push(`[data-pv="${i}"]{${el.getAttribute('data-pv-style') ?? ''}}`);
    el.removeAttribute('data-pv-style');
  });
  // "<" cannot appear in CSS we keep: it is the only way out of a <style> element.
  // url() and @import would fetch: neutralized so the rule is dropped rather than blocked.
  const css = rules
    .join('\n')
    .replace(/</g, '')
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\s*\(/gi, 'blocked(');
  const colors = dark ? 'background:#0f1b2a;color:#d1d5db' : 'background:#ffffff;color:#16191f';
  const policy = `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:`;
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    `<style nonce="${nonce}">body{margin:16px;font:14px/1.5 system-ui,sans-serif;${colors}}img{max-width:100%}a{color:#0972d3}.plain-text{white-space:pre-wrap}.remote-image{display:inline-block;padding:8px;border:1px dashed #8c8c94;font-size:12px}\n${css}</style>`,
    `</head><body>${inert.body.innerHTML}</body></html>`,
  ].join('');
}
