import SpaceBetween from '@cloudscape-design/components/space-between';
import { MfaFactors } from './mfa-factors';
import { MFA_PATHS, MfaFields } from './mfa-section';
import { PasskeySettings } from './passkey-settings';
import { PASSWORD_PATHS, PasswordFields } from './password-section';
import { PLAN_PATHS, PlanFields } from './plan-section';
import { SectionEditor } from './section-editor';
import type { SectionProps } from './section-props';

const PATHS = [...PASSWORD_PATHS, ...MFA_PATHS, ...PLAN_PATHS];

/** Password, sign-up, MFA and verification: one Save, one diff for the whole tab. */
export function SecuritySection(props: SectionProps) {
  return (
    <SpaceBetween size="xl">
      <SectionEditor {...props} id="security" label="security settings" paths={PATHS}>
        <PasswordFields />
        <MfaFields />
        <PlanFields />
      </SectionEditor>
      <PasskeySettings poolRef={props.poolRef} readOnly={props.readOnly} />
      <MfaFactors poolRef={props.poolRef} readOnly={props.readOnly} />
    </SpaceBetween>
  );
}
