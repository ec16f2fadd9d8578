import Alert from '@cloudscape-design/components/alert';
import Tabs from '@cloudscape-design/components/tabs';
import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { useCallback, useMemo, useState } from 'react';
import type { Finding } from '../../../../shared/templates/finding';
import { cspNonce } from '../../../lib/csp-nonce';
import './body-editor.css';
import { bodyExtensions } from './extensions';
import type { Fidelity } from './fidelity';
import { visualFidelity } from './fidelity';
import { SourceEditor } from './source-editor';
import { VisualEditor } from './visual-editor';

export interface BodyEditorProps {
  /** The body exactly as stored (HTML or plain text). */
  value: string;
  /** Called with the new body text on every edit, from either tab. */
  onChange: (value: string) => void;
  /** Placeholders offered as "insert" buttons, each inserted as a chip: `{####}`, `{username}`, `{{name}}`. */
  placeholders: readonly string[];
  /** The lint's findings for this body (offsets into `value`); the source tab marks them in place. */
  findings: readonly Finding[];
  /** Offer a "Verification link" button inserting `{##Click here##}` (Cognito link verification). */
  verificationLink?: boolean;
  readOnly?: boolean;
  /** The accessible name of both editing surfaces ("Body"). */
  ariaLabel?: string;
}

let schema: Schema | undefined;
const visualSchema = (): Schema => (schema ??= getSchema(bodyExtensions()));

/**
 * An email body editor: a visual tab (TipTap: headings, bold, italic, lists, https/mailto links, https images,
 * placeholders as chips) and a source tab (CodeMirror, HTML) kept in sync through `value`. Each placeholder chip
 * is written back as its exact text. A body the visual schema cannot hold without loss (tables, inline styles,
 * a <head>...) opens in the source tab with the visual tab disabled and the reason shown; nothing is rewritten
 * until the user edits. The caller shows the findings as a list (FindingsList) with their quick fixes.
 */
export function BodyEditor({
  value,
  onChange,
  placeholders,
  findings,
  verificationLink = false,
  readOnly = false,
  ariaLabel = 'Body',
}: BodyEditorProps) {
  const nonce = useMemo(() => cspNonce(), []);
  // What the visual tab wrote itself it can always show again: never checked, so typing never flips the tab.
  const [ownValue, setOwnValue] = useState<string | undefined>(undefined);
  const fidelity = useMemo<Fidelity>(
    () => (value === ownValue ? { ok: true } : visualFidelity(visualSchema(), value)),
    [value, ownValue],
  );
  const onVisualChange = useCallback(
    (next: string) => {
      setOwnValue(next);
      onChange(next);
    },
    [onChange],
  );
  const [chosen, setChosen] = useState<'visual' | 'source'>(fidelity.ok ? 'visual' : 'source');
  const active = fidelity.ok ? chosen : 'source';
  const bodyFindings = useMemo(() => findings.filter((f) => f.field === 'body'), [findings]);
  return (
    <div data-testid="body-editor">
      {fidelity.ok ? null : (
        <Alert type="info" header="Shown as HTML source">
          {fidelity.reason} Edit it here; the visual editor opens for bodies it can hold without changing them.
        </Alert>
      )}
      <Tabs
        activeTabId={active}
        onChange={(e) => setChosen(e.detail.activeTabId === 'source' ? 'source' : 'visual')}
        ariaLabel="Body editor"
        tabs={[
          {
            id: 'visual',
            label: 'Visual',
            disabled: !fidelity.ok,
            disabledReason: fidelity.ok ? undefined : fidelity.reason,
            content:
              active === 'visual' ? (
                <VisualEditor
                  value={value}
                  onChange={onVisualChange}
                  placeholders={placeholders}
                  verificationLink={verificationLink}
                  readOnly={readOnly}
                  ariaLabel={ariaLabel}
                  nonce={nonce}
                />
              ) : null,
          },
          {
            id: 'source',
            label: 'HTML source',
            content:
              active === 'source' ? (
                <SourceEditor
                  value={value}
                  onChange={onChange}
                  findings={bodyFindings}
                  readOnly={readOnly}
                  ariaLabel={`${ariaLabel} (HTML source)`}
                  nonce={nonce}
                />
              ) : null,
          },
        ]}
      />
    </div>
  );
}
