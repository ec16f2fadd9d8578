import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { PoolPreflight } from '../preflight/pool-preflight';
import { EMAIL_PATHS, EmailSending } from './email-sending';
import { SectionEditor } from './section-editor';
import { ChoiceField, TextField } from './section-fields';
import type { SectionProps } from './section-props';
import { SMS_PATHS, SmsSending } from './sms-sending';

const V = 'VerificationMessageTemplate';
const I = 'AdminCreateUserConfig.InviteMessageTemplate';
const PATHS = [
  `${V}.DefaultEmailOption`,
  `${V}.EmailSubject`,
  `${V}.EmailMessage`,
  `${V}.SmsMessage`,
  `${V}.EmailSubjectByLink`,
  `${V}.EmailMessageByLink`,
  `${I}.EmailSubject`,
  `${I}.EmailMessage`,
  `${I}.SMSMessage`,
] as const;

const MESSAGING_PATHS = [...PATHS, ...EMAIL_PATHS, ...SMS_PATHS];

/** The verification and invitation messages Cognito sends. */
export function MessagingSection(props: SectionProps) {
  return (
    <SectionEditor {...props} id="messaging" label="messages" paths={MESSAGING_PATHS}>
      <EmailSending poolRef={props.poolRef} />
      <PoolPreflight poolRef={props.poolRef} />
      <SmsSending />
      <Container
        header={
          <Header
            variant="h2"
            actions={<Link href={`#/templates/${props.poolRef.userPoolId}`}>Edit with previews in Templates</Link>}
            description="Email bodies may be HTML; Cognito sends them as they are. Placeholders are filled in when sending."
          >
            Messages
          </Header>
        }
      >
        <ColumnLayout columns={2}>
          <SpaceBetween size="m">
            <ChoiceField
              path={`${V}.DefaultEmailOption`}
              label="Verify email addresses with"
              options={[
                { value: 'CONFIRM_WITH_CODE', label: 'A code' },
                { value: 'CONFIRM_WITH_LINK', label: 'A link' },
              ]}
            />
            <TextField
              path={`${V}.EmailSubject`}
              label="Verification email subject"
              constraint="Up to 140 characters."
            />
            <TextField
              path={`${V}.EmailMessage`}
              label="Verification email message"
              multiline
              constraint="Must contain {####}."
            />
            <TextField
              path={`${V}.SmsMessage`}
              label="Verification SMS"
              constraint="6 to 140 characters; must contain {####}."
            />
            <TextField path={`${V}.EmailSubjectByLink`} label="Verification link email subject" />
            <TextField
              path={`${V}.EmailMessageByLink`}
              label="Verification link email message"
              multiline
              constraint="Must contain {##Click here##} (any text between the ##)."
            />
          </SpaceBetween>
          <SpaceBetween size="m">
            <TextField path={`${I}.EmailSubject`} label="Invitation email subject" constraint="Up to 140 characters." />
            <TextField
              path={`${I}.EmailMessage`}
              label="Invitation email message"
              multiline
              constraint="Must contain {username} and {####} (the temporary password)."
            />
            <TextField
              path={`${I}.SMSMessage`}
              label="Invitation SMS"
              constraint="Must contain {username} and {####}."
            />
          </SpaceBetween>
        </ColumnLayout>
      </Container>
    </SectionEditor>
  );
}
