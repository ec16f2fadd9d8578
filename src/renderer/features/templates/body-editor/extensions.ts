import type { Extensions } from '@tiptap/core';
import { mergeAttributes, Node } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';

/** Links the editor keeps: https and mailto only (no http, no javascript:, no data:). */
export const isAllowedHref = (href: string | undefined): boolean => /^(https:\/\/|mailto:)\S/i.test(href ?? '');

/**
 * A placeholder (`{####}`, `{username}`, `{##Click here##}`, `{{name}}`) as one non-editable chip. In the editor's
 * HTML it is a `span[data-placeholder]`; `fromVisual` turns that span back into the exact placeholder text.
 */
export const PlaceholderChip = Node.create({
  name: 'placeholderChip',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { text: { default: '', parseHTML: (el) => el.getAttribute('data-placeholder') ?? '' } };
  },
  parseHTML() {
    return [{ tag: 'span[data-placeholder]' }];
  },
  renderHTML({ node }) {
    const text = String(node.attrs.text);
    return ['span', { 'data-placeholder': text, class: 'placeholder-chip', contenteditable: 'false' }, text];
  },
  renderText({ node }) {
    return String(node.attrs.text);
  },
});

/**
 * Images by address. In the live editor an image is shown as a labelled box, not an <img>: the app's CSP allows
 * no remote images, and the editor must not fetch what the recipient's client would (tracking pixels included).
 * Its HTML keeps the address in `data-email-src` (ProseMirror renders through it when TipTap drops the node
 * views on unmount, in the live document); `serializeBody` turns it back into `src`.
 */
const AddressImage = Image.extend({
  parseHTML() {
    return [
      { tag: 'img[src]:not([src^="data:"])' },
      { tag: 'img[data-email-src]', getAttrs: (el) => ({ src: el.getAttribute('data-email-src') }) },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, ...rest } = HTMLAttributes as Record<string, unknown>;
    return ['img', { 'data-email-src': src, ...mergeAttributes(this.options.HTMLAttributes, rest) }];
  },
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('span');
      dom.className = 'image-chip';
      dom.contentEditable = 'false';
      dom.textContent = `Image: ${String(node.attrs.src ?? '')}`;
      return { dom };
    };
  },
}).configure({ inline: true, allowBase64: false });

/**
 * The visual schema: what the visual tab can hold. Anything else (tables, inline styles, classes, divs) is
 * detected by `visualFidelity` and keeps the body in the source tab.
 */
export function bodyExtensions(): Extensions {
  return [
    // Its own link is replaced by the stricter one below; a trailing empty paragraph would change the HTML.
    StarterKit.configure({ link: false, trailingNode: false }),
    Link.configure({
      openOnClick: false,
      autolink: false,
      linkOnPaste: false,
      protocols: [],
      HTMLAttributes: { target: null, rel: null, class: null },
      isAllowedUri: (url) => isAllowedHref(url),
    }),
    AddressImage,
    PlaceholderChip,
  ];
}
