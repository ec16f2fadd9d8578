import { html } from '@codemirror/lang-html';
// @codemirror/language comes with lang-html (its dependency); the `codemirror` package pinned here is the
// CodeMirror 5 line republished as 6.65.x, so its basicSetup is not used: the few parts needed are set up below.
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { Annotation, EditorState, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import type { DecorationSet } from '@codemirror/view';
import { Decoration, drawSelection, EditorView, highlightActiveLine, lineNumbers } from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Finding } from '../../../../shared/templates/finding';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Body findings, marked where they are (a wavy underline, the message on hover). */
  findings: readonly Finding[];
  readOnly: boolean;
  ariaLabel: string;
  nonce: string | undefined;
}

const setFindings = StateEffect.define<readonly Finding[]>();
/** Marks changes that came from outside (the visual tab, a quick fix), so they are not reported back. */
const outside = Annotation.define<boolean>();

function decorate(doc: EditorState['doc'], findings: readonly Finding[]): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const marks = findings
    .map((f) => {
      // A point finding (a missing placeholder) marks the character at it, or the last one at the end.
      const start = Math.min(f.start, Math.max(doc.length - 1, 0));
      return { f, start, end: Math.min(Math.max(f.end, start + 1), doc.length) };
    })
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const { f, start, end } of marks) {
    builder.add(
      start,
      end,
      Decoration.mark({
        class: `cm-finding cm-finding-${f.severity}`,
        attributes: { title: f.message, 'data-finding': f.rule },
      }),
    );
  }
  return builder.finish();
}

const findingsField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    const next = tr.effects.find((e) => e.is(setFindings));
    if (next) return decorate(tr.state.doc, next.value);
    return marks.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

const theme = EditorView.baseTheme({
  '.cm-finding-error': { textDecoration: 'underline wavy #d91515', textUnderlineOffset: '3px' },
  '.cm-finding-warning': { textDecoration: 'underline wavy #b7740a', textUnderlineOffset: '3px' },
  '&': { minHeight: '240px', maxHeight: '480px', fontSize: '13px' },
  '.cm-scroller': { overflow: 'auto' },
});

/**
 * The source tab: CodeMirror 6 with HTML highlighting and the lint's findings marked in place. Its style
 * elements carry the page's CSP nonce (`EditorView.cspNonce`); edits are reported as they happen.
 */
export function SourceEditor({ value, onChange, findings, readOnly, ariaLabel, nonce }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const report = useRef(onChange);
  const latest = useRef(findings);
  useLayoutEffect(() => {
    report.current = onChange;
    latest.current = findings;
  }, [onChange, findings]);

  useEffect(() => {
    if (!host.current) return;
    const extensions: Extension[] = [
      lineNumbers(),
      highlightActiveLine(),
      drawSelection(),
      bracketMatching(),
      syntaxHighlighting(defaultHighlightStyle),
      html(),
      EditorView.lineWrapping,
      findingsField,
      theme,
      EditorView.contentAttributes.of({ 'aria-label': ariaLabel }),
      EditorState.readOnly.of(readOnly),
      EditorView.editable.of(!readOnly),
      EditorView.updateListener.of((u) => {
        if (u.docChanged && !u.transactions.some((t) => t.annotation(outside))) report.current(u.state.doc.toString());
      }),
    ];
    if (nonce) extensions.push(EditorView.cspNonce.of(nonce));
    const v = new EditorView({ parent: host.current, state: EditorState.create({ doc: value, extensions }) });
    view.current = v;
    v.dispatch({ effects: setFindings.of(latest.current) });
    return () => {
      v.destroy();
      view.current = null;
    };
    // One view per mount; value and findings arrive through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [readOnly, nonce, ariaLabel]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const current = v.state.doc.toString();
    if (current !== value) {
      v.dispatch({ changes: { from: 0, to: current.length, insert: value }, annotations: outside.of(true) });
    }
    v.dispatch({ effects: setFindings.of(findings) });
  }, [value, findings]);

  return <div ref={host} className="source-editor" data-testid="source-editor" />;
}
