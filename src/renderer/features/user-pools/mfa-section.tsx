import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ChoiceField, MultiCheckField, TextField, ToggleField } from './section-fields';

export const MFA_PATHS = [
  'MfaConfiguration',
  'SmsAuthenticationMessage',
  'AutoVerifiedAttributes',
  'UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate',
  'DeviceConfiguration.ChallengeRequiredOnNewDevice',
  'DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt',
] as const;

const VERIFIABLE = [
  { value: 'email', label: 'Email address' },
  { value: 'phone_number', label: 'Phone number' },
];

/** Multi-factor authentication, attribute verification and remembered devices. */
export function MfaFields() {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Second factors at sign-in, which contact details Cognito verifies, and remembered devices."
        >
          MFA and verification
        </Header>
      }
    >
      <ColumnLayout columns={2}>
        <SpaceBetween size="m">
          <ChoiceField
            path="MfaConfiguration"
            label="Multi-factor authentication"
            options={[
              { value: 'OFF', label: 'Off', description: 'Users sign in with a password only.' },
              { value: 'OPTIONAL', label: 'Optional', description: 'Each user may turn on a second factor.' },
              { value: 'ON', label: 'Required', description: 'Every user must use a second factor.' },
            ]}
            description="Optional or required needs SMS or an authenticator app enabled for the pool."
          />
          <TextField
            path="SmsAuthenticationMessage"
            label="MFA SMS message"
            constraint="6 to 140 characters; must contain {####}."
          />
        </SpaceBetween>
        <SpaceBetween size="m">
          <MultiCheckField
            path="AutoVerifiedAttributes"
            label="Verify automatically"
            options={VERIFIABLE}
            description="Cognito sends a code to confirm these when they are set."
          />
          <MultiCheckField
            path="UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate"
            label="Keep the original value until the new one is verified"
            options={VERIFIABLE}
            description="Only for attributes that are verified automatically."
          />
          <ToggleField path="DeviceConfiguration.ChallengeRequiredOnNewDevice" label="Challenge on a new device" />
          <ToggleField
            path="DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt"
            label="Remember devices only when the user agrees"
          />
        </SpaceBetween>
      </ColumnLayout>
    </Container>
  );
}
