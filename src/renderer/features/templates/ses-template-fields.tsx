import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useMemo } from 'react';
import type { SesTemplate } from '../../../shared/model/ses-templates';
import type { Finding } from '../../../shared/templates/finding';
import { applyEdit } from '../../../shared/templates/finding';
import { lintMessage } from '../../../shared/templates/lint';
import { sesVariables } from '../../../shared/templates/lint-placeholders';
import { BodyEditor } from './body-editor/body-editor';
import { FindingsList } from './findings-list';

interface Props {
  draft: SesTemplate;
  readOnly: boolean;
  onChange: (next: SesTemplate) => void;
}

const firstError = (findings: readonly Finding[], field: Finding['field']): string | undefined =>
  findings.find((f) => f.field === field && f.severity === 'error')?.message;

/** The lint of an SES template: subject and HTML part together (as SES sends them), the text part on its own. */
export function lintSesTemplate(t: SesTemplate): { html: Finding[]; text: Finding[] } {
  return {
    html: lintMessage({ kind: 'ses-template', subject: t.subject, body: t.html }),
    text: t.text ? lintMessage({ kind: 'ses-template', body: t.text }) : [],
  };
}

/** Subject, HTML part and text part of an SES template, each checked as you type for `{{variable}}` mistakes. */
export function SesTemplateFields({ draft, readOnly, onChange }: Props) {
  const findings = useMemo(() => lintSesTemplate(draft), [draft]);
  // The variables already in use, offered as chips; a new one is typed as {{name}} in either tab.
  const placeholders = useMemo(
    () => sesVariables(`${draft.subject}\n${draft.html}\n${draft.text}`).map((v) => `{{${v}}}`),
    [draft.subject, draft.html, draft.text],
  );
  const fixHtml = (f: Finding) => {
    if (!f.quickFix) return;
    if (f.field === 'subject') onChange({ ...draft, subject: applyEdit(draft.subject, f.quickFix.edit) });
    else onChange({ ...draft, html: applyEdit(draft.html, f.quickFix.edit) });
  };
  const fixText = (f: Finding) => {
    if (f.quickFix) onChange({ ...draft, text: applyEdit(draft.text, f.quickFix.edit) });
  };
  return (
    <SpaceBetween size="m">
      <FormField label="Subject" errorText={firstError(findings.html, 'subject')}>
        <Input
          value={draft.subject}
          ariaLabel="Subject"
          readOnly={readOnly}
          invalid={Boolean(firstError(findings.html, 'subject'))}
          onChange={(e) => onChange({ ...draft, subject: e.detail.value })}
        />
      </FormField>
      <FormField
        label="HTML part"
        description="Variables are written {{name}}; {{#if name}}...{{/if}} shows a part only when the data has it."
        constraintText={
          <span data-testid="ses-html-count">{draft.html.length.toLocaleString('en-US')} characters</span>
        }
        errorText={firstError(findings.html, 'body')}
        stretch
      >
        <BodyEditor
          value={draft.html}
          onChange={(html) => onChange({ ...draft, html })}
          placeholders={placeholders}
          findings={findings.html}
          readOnly={readOnly}
          ariaLabel="HTML part"
        />
      </FormField>
      <FindingsList findings={findings.html} readOnly={readOnly} onFix={fixHtml} />
      <FormField
        label="Text part"
        description="For clients that show no HTML. Leave empty to send HTML only."
        errorText={firstError(findings.text, 'body')}
        stretch
      >
        <Textarea
          value={draft.text}
          ariaLabel="Text part"
          rows={4}
          readOnly={readOnly}
          invalid={Boolean(firstError(findings.text, 'body'))}
          onChange={(e) => onChange({ ...draft, text: e.detail.value })}
        />
      </FormField>
      <FindingsList findings={findings.text} readOnly={readOnly} onFix={fixText} />
    </SpaceBetween>
  );
}
