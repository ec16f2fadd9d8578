import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { RISK_LEVELS } from '../../../shared/model/pool-risk';
import type { RiskLevel } from '../../../shared/model/pool-risk';
import { OptionalSelect, OptionalText } from './optional-fields';
import { ListField, MultiCheckField, ToggleField } from './section-fields';

const TAKEOVER = [
  { value: 'BLOCK', label: 'Block the sign-in' },
  { value: 'MFA_REQUIRED', label: 'Require MFA (block without it)' },
  { value: 'MFA_IF_CONFIGURED', label: 'MFA if the user has it, else allow' },
  { value: 'NO_ACTION', label: 'Allow (log only)' },
];
const LEVEL_NAMES: Record<RiskLevel, string> = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' };

/** Compromised credentials, adaptive authentication and IP exceptions: the parts of SetRiskConfiguration. */
export function RiskFields() {
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header variant="h2" description="Checks passwords against lists of credentials leaked elsewhere.">
            Compromised credentials
          </Header>
        }
      >
        <ColumnLayout columns={2}>
          <OptionalSelect
            path="compromisedAction"
            label="When a leaked password is used"
            options={[
              { value: 'BLOCK', label: 'Block' },
              { value: 'NO_ACTION', label: 'Allow (log only)' },
            ]}
          />
          <MultiCheckField
            path="compromisedEvents"
            label="Check at"
            description="None checked: every event."
            options={[
              { value: 'SIGN_IN', label: 'Sign-in' },
              { value: 'PASSWORD_CHANGE', label: 'Password change' },
              { value: 'SIGN_UP', label: 'Sign-up' },
            ]}
          />
        </ColumnLayout>
      </Container>
      <Container
        header={
          <Header variant="h2" description="What Cognito does when it rates a sign-in as risky, per risk level.">
            Adaptive authentication
          </Header>
        }
      >
        <SpaceBetween size="m">
          <ColumnLayout columns={3}>
            {RISK_LEVELS.map((level) => (
              <SpaceBetween size="xs" key={level}>
                <OptionalSelect path={`${level}Action`} label={LEVEL_NAMES[level]} options={TAKEOVER} />
                <ToggleField path={`${level}Notify`} label="Email the user" />
              </SpaceBetween>
            ))}
          </ColumnLayout>
          <OptionalText
            path="notifySourceArn"
            label="Send notification emails from (SES identity ARN)"
            constraint="arn:aws:ses:<region>:<account id>:identity/<email or domain>; needed when any level emails the user."
          />
        </SpaceBetween>
      </Container>
      <Container
        header={
          <Header variant="h2" description="Ranges that skip the risk decision. One CIDR range per line, up to 200.">
            IP exceptions
          </Header>
        }
      >
        <ColumnLayout columns={2}>
          <ListField path="blockedIpRanges" label="Always block" constraint="For example 203.0.113.0/24" />
          <ListField path="skippedIpRanges" label="Always allow" constraint="For example 2001:db8::/32" />
        </ColumnLayout>
      </Container>
    </SpaceBetween>
  );
}
