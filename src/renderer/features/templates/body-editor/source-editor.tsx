import { html } from '@codemirror/lang-html';
// @codemirror/language comes with lang-html (its dependency); the `codemirror` package pinned here is the
// CodeMirror 5 line republished as 6.65.x, so its basicSetup is not used: the few parts needed are set up below.
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { Annotation, EditorSelection, EditorState, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import type { DecorationSet } from '@codemirror/view';
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  layer,
  lineNumbers,
  RectangleMarker,
} from '@codemirror/view';
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
      // A point finding (a missing placeholder) marks the character at it, or the last one at the end; one at 0
      // with no length is about the whole body (the sending account) and stays in the list.
      const start = Math.min(f.start, Math.max(doc.length - 1, 0));
      return { f, start, end: Math.min(Math.max(f.end, start + 1), doc.length) };
    })
    .filter((m) => m.end > m.start && !(m.f.start === 0 && m.f.end === 0))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const { f, start, end } of marks) {
    builder.add(
      start,
      end,
      // Attributes only: a styled span would make Chrome copy its style into typed text as a style attribute,
      // which the CSP blocks. The underline is drawn by `findingsLayer`, outside the text.
      Decoration.mark({ attributes: { title: f.message, 'data-finding': f.rule }, severity: f.severity }),
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

/** The findings drawn as boxes behind the text, like the selection is. */
const findingsLayer = layer({
  above: false,
  class: 'cm-findings-layer',
  markers(view) {
    const out: RectangleMarker[] = [];
    view.state.field(findingsField).between(view.viewport.from, view.viewport.to, (from, to, deco) => {
      const severity = (deco.spec as { severity?: string }).severity ?? 'warning';
      out.push(...RectangleMarker.forRange(view, `cm-finding-${severity}`, EditorSelection.range(from, to)));
    });
    return out;
  },
  update: (u) =>
    u.docChanged ||
    u.viewportChanged ||
    u.geometryChanged ||
    u.transactions.some((t) => t.effects.some((e) => e.is(setFindings))),
});

const theme = EditorView.baseTheme({
  '.cm-finding-error': { borderBottom: '2px solid #d91515', backgroundColor: 'rgba(217, 21, 21, 0.15)' },
  '.cm-finding-warning': { borderBottom: '2px solid #b7740a', backgroundColor: 'rgba(183, 116, 10, 0.15)' },
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
      findingsLayer,
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
