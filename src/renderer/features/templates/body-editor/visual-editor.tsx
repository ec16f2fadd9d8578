import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { parseBody, serializeBody } from './convert';
import { bodyExtensions } from './extensions';
import { Toolbar } from './toolbar';

interface Props {
  value: string;
  onChange: (value: string) => void;
  placeholders: readonly string[];
  verificationLink: boolean;
  readOnly: boolean;
  ariaLabel: string;
  nonce: string | undefined;
}

/**
 * The WYSIWYG tab (TipTap over ProseMirror). It reports each edit as body text (`serializeBody`) and takes
 * outside changes (the source tab, a quick fix, Discard) by replacing its document without reporting them back.
 */
export function VisualEditor({ value, onChange, placeholders, verificationLink, readOnly, ariaLabel, nonce }: Props) {
  // The body last reported or taken in: a value equal to it is the editor's own and needs no reload.
  const shown = useRef(value);
  const report = useRef(onChange);
  useLayoutEffect(() => {
    report.current = onChange;
  }, [onChange]);
  const editor = useEditor({
    extensions: bodyExtensions(),
    // TipTap's base styles go in a <style> carrying the page's CSP nonce; without it the CSP would block them.
    injectCSS: true,
    injectNonce: nonce,
    editable: !readOnly,
    shouldRerenderOnTransaction: true,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': ariaLabel,
        class: 'visual-editor__content',
        spellcheck: 'true',
      },
    },
    onCreate: ({ editor: e }) => {
      e.commands.setContent(parseBody(e.schema, shown.current), { emitUpdate: false });
    },
    onUpdate: ({ editor: e }) => {
      const html = serializeBody(e.schema, e.state.doc);
      shown.current = html;
      report.current(html);
    },
  });

  useEffect(() => {
    if (value === shown.current) return;
    shown.current = value;
    editor.commands.setContent(parseBody(editor.schema, value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  return (
    <div className="visual-editor">
      {readOnly ? null : (
        <Toolbar editor={editor} placeholders={placeholders} verificationLink={verificationLink} disabled={readOnly} />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
