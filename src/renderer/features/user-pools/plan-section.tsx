import Alert from '@cloudscape-design/components/alert';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useContext } from 'react';
import { getAt, sameJson } from './draft-path';
import { ChoiceField, MultiCheckField, SectionContext } from './section-fields';

export const PLAN_PATHS = [
  'Policies.SignInPolicy.AllowedFirstAuthFactors',
  'UserPoolTier',
  'UserPoolAddOns.AdvancedSecurityMode',
  'AccountRecoverySetting.RecoveryMechanisms',
] as const;

const RECOVERY: Record<string, { Name: string; Priority: number }[]> = {
  'email-phone': [
    { Name: 'verified_email', Priority: 1 },
    { Name: 'verified_phone_number', Priority: 2 },
  ],
  'phone-email': [
    { Name: 'verified_phone_number', Priority: 1 },
    { Name: 'verified_email', Priority: 2 },
  ],
  email: [{ Name: 'verified_email', Priority: 1 }],
  phone: [{ Name: 'verified_phone_number', Priority: 1 }],
  admin: [{ Name: 'admin_only', Priority: 1 }],
};

/** Account recovery as the five choices Cognito allows, stored as RecoveryMechanisms. */
function RecoveryField() {
  const form = useContext(SectionContext);
  if (!form) return null;
  const path = 'AccountRecoverySetting.RecoveryMechanisms';
  const current = getAt(form.draft, path);
  const chosen = Object.entries(RECOVERY).find(([, list]) => sameJson(list, current))?.[0] ?? null;
  return (
    <FormField
      label="Account recovery"
      description="How a user who forgot their password gets a reset code."
      errorText={form.errors[path]}
    >
      <RadioGroup
        value={chosen}
        onChange={(e) => form.set(path, RECOVERY[e.detail.value])}
        items={[
          { value: 'email-phone', label: 'Email, then phone', disabled: form.readOnly },
          { value: 'phone-email', label: 'Phone, then email', disabled: form.readOnly },
          { value: 'email', label: 'Email only', disabled: form.readOnly },
          { value: 'phone', label: 'Phone only', disabled: form.readOnly },
          {
            value: 'admin',
            label: 'Administrators only',
            description: 'No self-service reset.',
            disabled: form.readOnly,
          },
        ]}
      />
    </FormField>
  );
}

/** Warns before saving a setting the chosen plan does not include. */
function PlanWarning() {
  const form = useContext(SectionContext);
  if (!form) return null;
  const tier = getAt(form.draft, 'UserPoolTier');
  const mode = getAt(form.draft, 'UserPoolAddOns.AdvancedSecurityMode');
  const history = getAt(form.draft, 'Policies.PasswordPolicy.PasswordHistorySize');
  const warnings = [
    ...(mode !== undefined && mode !== 'OFF' && tier !== 'PLUS' ? ['Threat protection needs the Plus plan.'] : []),
    ...(typeof history === 'number' && history > 0 && tier === 'LITE'
      ? ['Password history needs the Essentials or Plus plan.']
      : []),
  ];
  return warnings.length > 0 ? (
    <Alert type="warning">{warnings.join(' ')} Cognito refuses the save otherwise.</Alert>
  ) : null;
}

/** Feature plan, threat protection and account recovery. */
export function PlanFields() {
  return (
    <Container
      header={
        <Header variant="h2" description="The plan decides which features (and prices) apply.">
          Plan, threat protection and recovery
        </Header>
      }
    >
      <SpaceBetween size="m">
        <PlanWarning />
        <ColumnLayout columns={3}>
          <ChoiceField
            path="UserPoolTier"
            label="Feature plan"
            options={[
              { value: 'LITE', label: 'Lite', description: 'Password, MFA, federation, basic triggers.' },
              {
                value: 'ESSENTIALS',
                label: 'Essentials',
                description: 'Adds passwordless sign-in, managed login, password history, access-token customization.',
              },
              {
                value: 'PLUS',
                label: 'Plus',
                description: 'Adds threat protection: compromised credentials and adaptive authentication.',
              },
            ]}
          />
          <ChoiceField
            path="UserPoolAddOns.AdvancedSecurityMode"
            label="Threat protection"
            description="What it does at each risk level: the Threat protection tab."
            options={[
              { value: 'OFF', label: 'Off' },
              { value: 'AUDIT', label: 'Audit only', description: 'Logs risks, takes no action.' },
              { value: 'ENFORCED', label: 'Enforced', description: 'Blocks or challenges risky sign-ins.' },
            ]}
          />
          <RecoveryField />
        </ColumnLayout>
        <MultiCheckField
          path="Policies.SignInPolicy.AllowedFirstAuthFactors"
          label="Choice-based sign-in: allowed first factors"
          description="Essentials and Plus plans. Passkeys use the relying party set under Passkeys below."
          options={[
            { value: 'PASSWORD', label: 'Password' },
            { value: 'EMAIL_OTP', label: 'Email one-time code' },
            { value: 'SMS_OTP', label: 'SMS one-time code' },
            { value: 'WEB_AUTHN', label: 'Passkey (WebAuthn)' },
          ]}
        />
      </SpaceBetween>
    </Container>
  );
}
