import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { OptionalTextField } from './optional-text-field';

const S = 'SmsConfiguration';
export const SMS_PATHS = [`${S}.SnsCallerArn`, `${S}.ExternalId`, `${S}.SnsRegion`] as const;

/** SMS sending: the IAM role Cognito assumes to publish through SNS, its external id, and the SNS region. */
export function SmsSending() {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Cognito sends SMS (verification codes, invitations, SMS MFA) through Amazon SNS by assuming this role. Its trust policy must allow cognito-idp.amazonaws.com with the external id."
        >
          SMS sending
        </Header>
      }
      data-testid="sms-sending"
    >
      <ColumnLayout columns={2}>
        <SpaceBetween size="m">
          <OptionalTextField
            path={`${S}.SnsCallerArn`}
            label="SMS IAM role ARN"
            placeholder="arn:aws:iam::<account id>:role/<name>"
          />
          <OptionalTextField
            path={`${S}.ExternalId`}
            label="External id"
            constraint="2 to 1,224 characters; must match the role's trust policy."
          />
        </SpaceBetween>
        <OptionalTextField
          path={`${S}.SnsRegion`}
          label="SNS region"
          description="Where SNS sends from; empty means the pool's own region."
          placeholder="us-east-1"
        />
      </ColumnLayout>
    </Container>
  );
}
