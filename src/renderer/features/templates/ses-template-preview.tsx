import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useMemo, useState } from 'react';
import type { SesTemplate } from '../../../shared/model/ses-templates';
import { fillSes } from '../../../shared/templates/ses-fill';
import { call, toApiError } from '../../api';
import type { ApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { newSample } from './email-document';
import { EmailPreview } from './email-preview';

interface Props {
  connected: ConnectedRef;
  draft: SesTemplate;
  dirty: boolean;
  dataText: string;
  onDataText: (text: string) => void;
  dark: boolean;
}

/** The template data as typed: an object, or why not. */
export function parseData(text: string): { data?: Record<string, unknown>; error?: string } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return { data: parsed as Record<string, unknown> };
    return { error: 'Template data must be a JSON object, e.g. {"name": "Ada"}.' };
  } catch (e) {
    return { error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * The local preview (filled here, sanitized, in the inert iframe) and, beside it on demand, what SES itself renders
 * (TestRenderEmailTemplate: the MIME message of the saved template with this data).
 */
export function SesTemplatePreview({ connected, draft, dirty, dataText, onDataText, dark }: Props) {
  const [sample] = useState(newSample);
  const parsed = useMemo(() => parseData(dataText), [dataText]);
  const data = parsed.data ?? {};
  const [mime, setMime] = useState<string | undefined>();
  const [rendering, setRendering] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const render = async () => {
    setRendering(true);
    setError(undefined);
    try {
      setMime((await call('sesTemplates:render', { ...connected, name: draft.name, data: dataText })).mime);
    } catch (e) {
      setError(toApiError(e));
      setMime(undefined);
    } finally {
      setRendering(false);
    }
  };
  const body = draft.html ? fillSes(draft.html, data) : fillSes(draft.text, data);
  return (
    <SpaceBetween size="m">
      <EmailPreview subject={fillSes(draft.subject, data)} body={body} sample={sample} dark={dark} />
      <FormField
        label="Template data (JSON)"
        description="The values SendEmail would pass; the preview and Render with SES use them."
        errorText={parsed.error}
        stretch
      >
        <Textarea
          value={dataText}
          ariaLabel="Template data"
          rows={4}
          invalid={Boolean(parsed.error)}
          onChange={(e) => onDataText(e.detail.value)}
        />
      </FormField>
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <Button onClick={() => void render()} loading={rendering} disabled={Boolean(parsed.error)}>
          Render with SES
        </Button>
        <Box variant="small" color="text-body-secondary">
          TestRenderEmailTemplate renders the saved template{dirty ? ': save first to render your edits' : ''}.
        </Box>
      </SpaceBetween>
      {error ? <ErrorAlert error={error} /> : null}
      {mime !== undefined ? (
        <Alert type="info" header="Rendered by SES (MIME message)" dismissible onDismiss={() => setMime(undefined)}>
          <pre
            data-testid="ses-render-mime"
            style={{ maxHeight: 280, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}
          >
            {mime}
          </pre>
        </Alert>
      ) : null}
    </SpaceBetween>
  );
}
