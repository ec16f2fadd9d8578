import type { Schema } from '@tiptap/pm/model';
import { looksLikeHtml } from '../../../../shared/templates/sample';
import { bodyDocument, parseBody, serializeBody, wrapLooseInline } from './convert';

/**
 * Whether the visual editor can hold a body without losing anything. ProseMirror keeps only what its schema
 * knows: tables, inline styles, classes, divs, comments and <head> content (an imported template's) would be
 * dropped on the first visual edit. Such a body stays in the source tab, with the reason shown.
 */
export type Fidelity = { ok: true } | { ok: false; reason: string };

/** Same meaning, different spelling: what the visual editor may write instead of the original. */
const SAME: Record<string, string> = { b: 'strong', i: 'em', strike: 's', del: 's' };

const tagOf = (el: Element): string => {
  const name = el.tagName.toLowerCase();
  return SAME[name] ?? name;
};

/** A canonical form to compare: whitespace runs count as one, attributes sorted, comments kept. */
function canon(node: Node, out: string[], found: Set<string>): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
    if (text.trim() !== '') out.push(text);
  } else if (node.nodeType === Node.COMMENT_NODE) {
    out.push('<!--comment-->');
    found.add('HTML comments');
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    const el = node as Element;
    const tag = tagOf(el);
    found.add(`<${tag}>`);
    const attrs = el
      .getAttributeNames()
      .sort()
      .map((name) => {
        found.add(name === 'style' ? 'inline styles' : `${name}= on <${tag}>`);
        return ` ${name}="${el.getAttribute(name) ?? ''}"`;
      });
    out.push(`<${tag}${attrs.join('')}>`);
    el.childNodes.forEach((child) => canon(child, out, found));
    out.push(`</${tag}>`);
  }
}

function describe(doc: Document): { text: string; found: Set<string> } {
  const out: string[] = [];
  const found = new Set<string>();
  if (doc.head.childNodes.length > 0) found.add('a <head> (styles or metadata)');
  doc.head.childNodes.forEach((n) => canon(n, out, found));
  out.push('|');
  doc.body.childNodes.forEach((n) => canon(n, out, found));
  // A space at the edge of a block or before a line break is not shown, and the visual editor drops it.
  const text = out.join('').replace(/ ?(<\/?(p|h[1-6]|ul|ol|li|pre|blockquote|hr|br)\b[^>]*>) ?/g, '$1');
  return { text, found };
}

export function visualFidelity(schema: Schema, body: string): Fidelity {
  if (!looksLikeHtml(body)) return { ok: true };
  if (/^\s*<!doctype/i.test(body)) {
    return { ok: false, reason: 'It is a whole HTML document (<!doctype>), which the visual editor cannot hold.' };
  }
  // Not parsed at all: a parsed document inherits the app's CSP, which reports every style attribute and handler.
  const attr = /(?<=<[a-z][^<>]*)\s(style|on[a-z]+)\s*=/i.exec(body);
  if (attr) {
    const what = attr[1]?.toLowerCase() === 'style' ? 'inline styles' : 'event handlers (on...=)';
    return { ok: false, reason: `The visual editor would drop ${what}.` };
  }
  const original = bodyDocument(body);
  // The visual editor puts loose text into paragraphs; that alone loses nothing.
  wrapLooseInline(original);
  const a = describe(original);
  const b = describe(bodyDocument(serializeBody(schema, parseBody(schema, body))));
  if (a.text === b.text) return { ok: true };
  const lost = Array.from(a.found).filter((x) => !b.found.has(x));
  return {
    ok: false,
    reason:
      lost.length > 0
        ? `The visual editor would drop ${lost.slice(0, 4).join(', ')}${lost.length > 4 ? ' and more' : ''}.`
        : 'The visual editor would change its markup.',
  };
}
