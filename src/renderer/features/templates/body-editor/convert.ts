import type { Node as PmNode, Schema } from '@tiptap/pm/model';
import { DOMParser as PmDomParser, DOMSerializer } from '@tiptap/pm/model';
import { looksLikeHtml } from '../../../../shared/templates/sample';

/**
 * Between a message body (the exact text Cognito or SES stores) and the visual editor's document. Parsing and
 * serializing happen in inert documents (DOMParser, createHTMLDocument): nothing there runs or fetches.
 */

/** Every placeholder shape the chips stand for: `{{var}}` (SES), `{##label##}`, `{####}`, `{username}`. */
export const CHIP_PATTERN = /\{\{[^{}]*\}\}|\{##[^#{}]*##\}|\{####\}|\{[A-Za-z_][\w.-]*\}/g;

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'PRE', 'BLOCKQUOTE', 'HR']);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as the paragraphs the visual editor shows: one per line. */
export const plainToHtml = (text: string): string =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('');

/** The body as an inert HTML document; plain text becomes paragraphs. */
export function bodyDocument(body: string): Document {
  const html = looksLikeHtml(body) ? body : plainToHtml(body);
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

/** Text and inline elements directly in <body> or an <li> go into paragraphs, as the visual editor puts them. */
export function wrapLooseInline(doc: Document): void {
  for (const parent of [doc.body, ...Array.from(doc.body.querySelectorAll('li'))]) {
    let run: Node[] = [];
    const flush = (before: Node | null) => {
      if (run.some((n) => n.nodeType !== Node.TEXT_NODE || (n.textContent ?? '').trim() !== '')) {
        const p = doc.createElement('p');
        parent.insertBefore(p, before);
        run.forEach((n) => p.appendChild(n));
      }
      run = [];
    };
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === Node.ELEMENT_NODE && BLOCKS.has((child as Element).tagName)) flush(child);
      else run.push(child);
    }
    flush(null);
  }
}

/** Placeholders in text (never in attributes) become chip spans. */
function chipPlaceholders(doc: Document): void {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const value = text.data;
    const matches = Array.from(value.matchAll(CHIP_PATTERN));
    if (matches.length === 0) continue;
    const parts = doc.createDocumentFragment();
    let at = 0;
    for (const m of matches) {
      if (m.index > at) parts.appendChild(doc.createTextNode(value.slice(at, m.index)));
      const chip = doc.createElement('span');
      chip.setAttribute('data-placeholder', m[0]);
      chip.textContent = m[0];
      parts.appendChild(chip);
      at = m.index + m[0].length;
    }
    if (at < value.length) parts.appendChild(doc.createTextNode(value.slice(at)));
    text.replaceWith(parts);
  }
}

/** The body as the visual editor's document. */
export function parseBody(schema: Schema, body: string): PmNode {
  const doc = bodyDocument(body);
  wrapLooseInline(doc);
  chipPlaceholders(doc);
  return PmDomParser.fromSchema(schema).parse(doc.body);
}

/** The visual editor's document as the body text: HTML with each chip back as its exact placeholder. */
export function serializeBody(schema: Schema, node: PmNode): string {
  const doc = document.implementation.createHTMLDocument('');
  const container = doc.createElement('div');
  container.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(node.content, { document: doc }));
  container.querySelectorAll('span[data-placeholder]').forEach((chip) => {
    chip.replaceWith(doc.createTextNode(chip.getAttribute('data-placeholder') ?? ''));
  });
  // Images carry their address as data-email-src (see AddressImage): back to src, in the same place.
  container.querySelectorAll('img[data-email-src]').forEach((img) => {
    const copy = doc.createElement('img');
    for (const name of img.getAttributeNames()) {
      const value = img.getAttribute(name) ?? '';
      copy.setAttribute(name === 'data-email-src' ? 'src' : name, value);
    }
    img.replaceWith(copy);
  });
  // An empty editor is one empty paragraph: that is an empty body.
  return container.innerHTML === '<p></p>' ? '' : container.innerHTML;
}
