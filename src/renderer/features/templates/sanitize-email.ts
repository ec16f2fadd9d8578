import DOMPurify from 'dompurify';

/** An email body made safe to show: the markup and the CSS (each rule keyed to a `data-pv` attribute). */
export interface SanitizedEmail {
  html: string;
  css: string;
}

/**
 * What the preview may show of an email body: no script, handler, form, frame, stylesheet link or javascript:
 * URL; nothing that would fetch (images become labelled boxes; url() and @import in CSS are neutralized). Style
 * attributes and <style> blocks become CSS rules, because the preview's CSP allows only one nonce'd style block.
 * Pure string in, strings out (DOMPurify and an inert DOMParser document), so the unit tests assert its output.
 */
export function sanitizeEmail(html: string): SanitizedEmail {
  // Parsing documents inherit the app's CSP, which reports (and blocks) style attributes and handlers as they are
  // parsed: renamed first, so sanitizing is quiet. DOMPurify still removes whatever this rough pass misses.
  const renamed = html
    .replace(/(?<=<[a-z][^<>]*)\sstyle\s*=/gi, ' data-pv-style=')
    .replace(/(?<=<[a-z][^<>]*)\son([a-z]+)\s*=/gi, ' data-pv-on$1=');
  const clean = DOMPurify.sanitize(renamed, {
    // Without it a <style> at the very start is parsed into <head> and dropped: the preview would lose its CSS.
    FORCE_BODY: true,
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
  return { html: inert.body.innerHTML, css };
}
