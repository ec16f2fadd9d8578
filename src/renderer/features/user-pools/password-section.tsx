import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { NumberField, ToggleField } from './section-fields';

const P = 'Policies.PasswordPolicy';
export const PASSWORD_PATHS = [
  `${P}.MinimumLength`,
  `${P}.RequireUppercase`,
  `${P}.RequireLowercase`,
  `${P}.RequireNumbers`,
  `${P}.RequireSymbols`,
  `${P}.TemporaryPasswordValidityDays`,
  `${P}.PasswordHistorySize`,
  'AdminCreateUserConfig.AllowAdminCreateUserOnly',
  'AdminCreateUserConfig.UnusedAccountValidityDays',
] as const;

/** Password policy and who may sign up. */
export function PasswordFields() {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="The rules every new password must follow, and whether people can sign themselves up."
        >
          Password and sign-up
        </Header>
      }
    >
      <ColumnLayout columns={2}>
        <SpaceBetween size="m">
          <NumberField path={`${P}.MinimumLength`} label="Minimum length" constraint="6 to 99 characters." />
          <ToggleField path={`${P}.RequireUppercase`} label="Require an uppercase letter" />
          <ToggleField path={`${P}.RequireLowercase`} label="Require a lowercase letter" />
          <ToggleField path={`${P}.RequireNumbers`} label="Require a number" />
          <ToggleField path={`${P}.RequireSymbols`} label="Require a symbol" />
        </SpaceBetween>
        <SpaceBetween size="m">
          <NumberField
            path={`${P}.TemporaryPasswordValidityDays`}
            label="Temporary password validity (days)"
            description="How long a password set by an administrator works before the user must change it."
            constraint="0 to 365 days."
          />
          <NumberField
            path={`${P}.PasswordHistorySize`}
            label="Passwords remembered"
            description="A user cannot reuse this many previous passwords (Essentials and Plus plans)."
            constraint="0 to 24; leave empty to keep it off."
          />
          <ToggleField
            path="AdminCreateUserConfig.AllowAdminCreateUserOnly"
            label="Only administrators create users"
            description="On: self sign-up is off; people get accounts from an administrator or an import."
          />
          <NumberField
            path="AdminCreateUserConfig.UnusedAccountValidityDays"
            label="Unused account expiry (days)"
            description="Legacy setting: Cognito now uses the temporary password validity instead."
            constraint="0 to 365 days."
          />
        </SpaceBetween>
      </ColumnLayout>
    </Container>
  );
}
