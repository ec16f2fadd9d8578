import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useContext } from 'react';
import { PRE_TOKEN_VERSIONS } from '../../../shared/model/pool-triggers';
import { getAt } from './draft-path';
import { OptionalTextField } from './optional-text-field';
import { SectionContext } from './section-fields';

const L = 'LambdaConfig';
export const SENDER_PATHS = [
  `${L}.CustomEmailSender`,
  `${L}.CustomSMSSender`,
  `${L}.KMSKeyID`,
  `${L}.PreTokenGenerationConfig`,
] as const;
const ARN_PLACEHOLDER = 'arn:aws:lambda:<region>:<account id>:function:<name>';

function useForm() {
  const form = useContext(SectionContext);
  if (!form) throw new Error('A section field must sit inside a SectionEditor');
  return form;
}

/** A custom sender slot: its ARN with event version V1_0 (the only one), or null when the box is emptied. */
function SenderField({ slot, label, when }: { slot: string; label: string; when: string }) {
  const form = useForm();
  const path = `${L}.${slot}`;
  const arn = getAt(form.draft, `${path}.LambdaArn`);
  const error = form.errors[`${path}.LambdaArn`] ?? form.errors[path];
  return (
    <FormField label={label} description={when} errorText={error} stretch>
      <Input
        value={typeof arn === 'string' ? arn : ''}
        placeholder={ARN_PLACEHOLDER}
        readOnly={form.readOnly}
        ariaLabel={`${label} function ARN`}
        invalid={Boolean(error)}
        onChange={(e) =>
          form.set(path, e.detail.value === '' ? null : { LambdaVersion: 'V1_0', LambdaArn: e.detail.value })
        }
      />
    </FormField>
  );
}

const VERSION_OPTIONS = PRE_TOKEN_VERSIONS.map((v) => ({
  value: v,
  label: v,
  description:
    v === 'V1_0'
      ? 'ID token claims and groups'
      : v === 'V2_0'
        ? 'Also access tokens (Essentials or Plus plan)'
        : 'Also machine-to-machine access tokens (Essentials or Plus plan)',
}));

/**
 * The pre token generation event version. The config names the same function as the PreTokenGeneration slot, so
 * it follows that ARN; without an ARN there is nothing to version.
 */
export function PreTokenVersionField() {
  const form = useForm();
  const arn = getAt(form.draft, `${L}.PreTokenGeneration`);
  const version = getAt(form.draft, `${L}.PreTokenGenerationConfig.LambdaVersion`);
  const chosen = VERSION_OPTIONS.find((o) => o.value === version) ?? null;
  return (
    <FormField
      label="Pre token generation event version"
      description="V2_0 and V3_0 need the Essentials or Plus feature plan."
      errorText={form.errors[`${L}.PreTokenGenerationConfig`]}
    >
      <Select
        selectedOption={chosen}
        options={VERSION_OPTIONS}
        disabled={form.readOnly || typeof arn !== 'string'}
        placeholder={typeof arn === 'string' ? 'V1_0 (default)' : 'Set the pre token generation ARN first'}
        ariaLabel="Pre token generation event version"
        onChange={(e) =>
          form.set(`${L}.PreTokenGenerationConfig`, { LambdaVersion: e.detail.selectedOption.value, LambdaArn: arn })
        }
      />
    </FormField>
  );
}

/** Custom email and SMS senders replace Cognito's delivery; they receive codes encrypted with the KMS key. */
export function CustomSenders() {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Your function delivers Cognito's emails or SMS itself (for example through another provider). Codes and temporary passwords reach it encrypted with the KMS key, which the function must be allowed to decrypt."
        >
          Custom senders
        </Header>
      }
      data-testid="custom-senders"
    >
      <SpaceBetween size="m">
        <SenderField
          slot="CustomEmailSender"
          label="Custom email sender"
          when="Instead of Cognito or SES sending an email: verification, invitation, MFA and recovery messages."
        />
        <SenderField
          slot="CustomSMSSender"
          label="Custom SMS sender"
          when="Instead of Cognito sending an SMS through SNS: the same messages by text."
        />
        <OptionalTextField
          path={`${L}.KMSKeyID`}
          label="KMS key ARN"
          description="Required with a custom sender: a symmetric customer managed key."
          placeholder="arn:aws:kms:<region>:<account id>:key/<key id>"
        />
      </SpaceBetween>
    </Container>
  );
}
