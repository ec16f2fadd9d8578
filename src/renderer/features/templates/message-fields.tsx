import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useContext, useMemo } from 'react';
import type { Finding } from '../../../shared/templates/finding';
import { applyEdit } from '../../../shared/templates/finding';
import { KINDS } from '../../../shared/templates/kinds';
import { lintMessage } from '../../../shared/templates/lint';
import { getAt } from '../user-pools/draft-path';
import { SectionContext } from '../user-pools/section-fields';
import type { Sample } from './email-document';
import { EmailPreview } from './email-preview';
import { FindingsList } from './findings-list';
import type { PoolMessage } from '../../../shared/templates/pool-messages';
import { SmsPreview, segmentText } from './sms-preview';
import { BodyEditor } from './body-editor/body-editor';

interface Props {
  message: PoolMessage;
  sendingAccount: string | undefined;
  sample: Sample;
  dark: boolean;
}

const firstError = (findings: readonly Finding[], field: Finding['field']): string | undefined =>
  findings.find((f) => f.field === field && f.severity === 'error')?.message;

/** Subject and body of one message with its lint as you type, beside a live preview. Sits inside a DiffForm. */
export function MessageFields({ message, sendingAccount, sample, dark }: Props) {
  const form = useContext(SectionContext);
  if (!form) throw new Error('MessageFields must sit inside a DiffForm');
  const rules = KINDS[message.kind];
  const read = (path: string | undefined): string | undefined => {
    const value = path ? getAt(form.draft, path) : undefined;
    return typeof value === 'string' ? value : path ? '' : undefined;
  };
  const subject = read(message.subjectPath);
  const body = read(message.bodyPath) ?? '';
  const findings = useMemo(
    () => lintMessage({ kind: message.kind, subject, body, sendingAccount }),
    [message.kind, subject, body, sendingAccount],
  );
  const fix = (f: Finding) => {
    const path = f.field === 'subject' ? message.subjectPath : message.bodyPath;
    const text = f.field === 'subject' ? (subject ?? '') : body;
    if (path && f.quickFix) form.set(path, applyEdit(text, f.quickFix.edit));
  };
  const sms = rules.channel === 'sms';
  const count = sms
    ? `${segmentText(body)}; at most ${rules.bodyMax} characters.`
    : `${body.length.toLocaleString('en-US')} of ${rules.bodyMax.toLocaleString('en-US')} characters.`;
  return (
    <Grid gridDefinition={[{ colspan: { default: 12, s: 6 } }, { colspan: { default: 12, s: 6 } }]}>
      <Container header={<Header variant="h2">Edit</Header>}>
        <SpaceBetween size="m">
          {message.subjectPath ? (
            <FormField
              label="Subject"
              constraintText="Up to 140 characters."
              errorText={firstError(findings, 'subject')}
            >
              <Input
                value={subject ?? ''}
                ariaLabel="Subject"
                readOnly={form.readOnly}
                invalid={Boolean(firstError(findings, 'subject'))}
                onChange={(e) => form.set(message.subjectPath ?? '', e.detail.value)}
              />
            </FormField>
          ) : null}
          <FormField
            label={sms ? 'Text' : 'Body'}
            description={
              sms
                ? `Must contain ${rules.required.join(' and ')}.`
                : 'Plain text or HTML; Cognito sends it as written and fills in the placeholders.'
            }
            constraintText={<span data-testid="body-count">{count}</span>}
            errorText={firstError(findings, 'body')}
            stretch
          >
            {sms ? (
              <Textarea
                value={body}
                ariaLabel="Text"
                rows={4}
                spellcheck
                readOnly={form.readOnly}
                invalid={Boolean(firstError(findings, 'body'))}
                onChange={(e) => form.set(message.bodyPath, e.detail.value)}
              />
            ) : (
              <BodyEditor
                value={body}
                onChange={(value) => form.set(message.bodyPath, value)}
                placeholders={rules.known}
                findings={findings}
                verificationLink={rules.requiresLink === true}
                readOnly={form.readOnly}
                ariaLabel="Body"
              />
            )}
          </FormField>
          <FindingsList findings={findings} readOnly={form.readOnly} onFix={fix} />
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Preview</Header>}>
        {sms ? (
          <SmsPreview body={body} sample={sample} />
        ) : (
          <EmailPreview subject={subject} body={body} sample={sample} dark={dark} />
        )}
      </Container>
    </Grid>
  );
}
