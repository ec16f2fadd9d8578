import Box from '@cloudscape-design/components/box';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { cspNonce } from '../../lib/csp-nonce';
import type { Sample } from './email-document';
import { emailDocument, fillSample, looksLikeHtml } from './email-document';

interface Props {
  subject: string | undefined;
  body: string;
  sample: Sample;
  dark: boolean;
}

const WIDTHS = { desktop: '100%', mobile: '375px' } as const;

/**
 * The email as a recipient would see it, with sample values. The iframe is sandboxed with no permissions (no
 * script, no same-origin) and gets sanitized HTML through srcdoc, since the CSP allows no other frame source.
 */
export function EmailPreview({ subject, body, sample, dark }: Props) {
  const [width, setWidth] = useState<keyof typeof WIDTHS>('desktop');
  const nonce = useMemo(() => cspNonce() ?? '', []);
  const doc = useMemo(
    () => emailDocument(fillSample(body, sample, looksLikeHtml(body)), nonce, dark),
    [body, sample, nonce, dark],
  );
  return (
    <SpaceBetween size="s">
      <SegmentedControl
        label="Preview width"
        selectedId={width}
        onChange={(e) => setWidth(e.detail.selectedId === 'mobile' ? 'mobile' : 'desktop')}
        options={[
          { id: 'desktop', text: 'Desktop' },
          { id: 'mobile', text: 'Mobile' },
        ]}
      />
      {subject !== undefined ? (
        <Box variant="small">
          Subject: <b data-testid="preview-subject">{fillSample(subject, sample, true)}</b>
        </Box>
      ) : null}
      <iframe
        title="Email preview"
        data-testid="email-preview"
        sandbox=""
        srcDoc={doc}
        style={{ width: WIDTHS[width], height: 360, border: '1px solid #8c8c94', borderRadius: 8 }}
      />
      <Box variant="small" color="text-body-secondary">
        Sample code {sample.code}, user name {sample.username}. The preview fetches nothing: images by https URL show as
        missing here but load in the recipient&apos;s client; scripts, forms and event handlers are removed.
      </Box>
    </SpaceBetween>
  );
}
