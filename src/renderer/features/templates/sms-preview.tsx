import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { countSms } from '../../../shared/templates/sms-segments';
import type { Sample } from './email-document';

/** "48 characters, 1 segment (GSM-7)": what the text costs to send. */
export function segmentText(text: string): string {
  const c = countSms(text);
  const chars = `${text.length} character${text.length === 1 ? '' : 's'}`;
  return `${chars}, ${c.segments} segment${c.segments === 1 ? '' : 's'} (${c.encoding}, ${c.remaining} left)`;
}

/** The SMS as a phone shows it, with the sample values filled in and the segments the sent text takes. */
export function SmsPreview({ body, sample }: { body: string; sample: Sample }) {
  const sent = body.split('{####}').join(sample.code).split('{username}').join(sample.username);
  return (
    <SpaceBetween size="s">
      <div
        style={{
          maxWidth: 300,
          padding: 16,
          borderRadius: 24,
          border: '1px solid #8c8c94',
          minHeight: 160,
        }}
      >
        <div
          data-testid="sms-bubble"
          style={{
            background: '#e9e9eb',
            color: '#16191f',
            borderRadius: 16,
            padding: '8px 12px',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          {sent}
        </div>
      </div>
      <Box variant="small" data-testid="sms-sent-count">
        As sent: {segmentText(sent)}
      </Box>
    </SpaceBetween>
  );
}
