import Alert from '@cloudscape-design/components/alert';
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import { domainBaseUrl } from '../../../shared/model/pool-domain';
import { call } from '../../api';
import { useSession } from '../../stores/session';
import type { StepProps } from './create-pool-steps';

interface Option {
  value: string;
  label: string;
}

/** Verified SES identities (as identity ARNs) and configuration sets of the profile; empty where SES is unreachable. */
function useSesChoices(profile: string, region: string): { identities: Option[]; sets: Option[] } {
  const account = useSession((s) => s.connection?.accountId);
  const [identities, setIdentities] = useState<Option[]>([]);
  const [sets, setSets] = useState<Option[]>([]);
  useEffect(() => {
    call('ses:identities', { profile, region })
      .then((list) =>
        setIdentities(
          list
            .filter((i) => i.verificationStatus === 'SUCCESS')
            .map((i) => ({ value: `arn:aws:ses:${region}:${account ?? ''}:identity/${i.name}`, label: i.name })),
        ),
      )
      .catch(() => setIdentities([]));
    call('ses:configuration-sets', { profile, region })
      .then((list) => setSets(list.map((c) => ({ value: c.name, label: c.name }))))
      .catch(() => setSets([]));
  }, [profile, region, account]);
  return { identities, sets };
}

const text = (label: string, value: string, onChange: (v: string) => void, error?: string, hint?: string) => (
  <FormField label={label} errorText={error} description={hint} stretch>
    <Input value={value} ariaLabel={label} invalid={Boolean(error)} onChange={(e) => onChange(e.detail.value)} />
  </FormField>
);

const PLANS = [
  { value: 'LITE', label: 'Lite', description: 'Password and SMS/TOTP MFA, classic hosted UI. Lowest price.' },
  {
    value: 'ESSENTIALS',
    label: 'Essentials',
    description: 'Adds managed login and branding, passwordless and passkeys, email MFA, access token customization.',
  },
  {
    value: 'PLUS',
    label: 'Plus',
    description: 'Adds threat protection: compromised credentials and adaptive authentication.',
  },
];

/** The feature plan; what the wizard offers elsewhere warns where the chosen plan lacks it. */
function PlanChoice({ d, set }: StepProps) {
  return (
    <Container
      header={
        <Header variant="h2" description="Billed per monthly active user; can be changed later in the pool editor.">
          Feature plan
        </Header>
      }
    >
      <RadioGroup
        value={d.tier}
        ariaLabel="Feature plan"
        onChange={(e) => set({ tier: e.detail.value as typeof d.tier })}
        items={PLANS}
      />
    </Container>
  );
}

/** Email sending (Cognito's test sender or SES with a verified FROM), SMS role, and tags. */
export function MessagingStep({ d, set, errors, profile, region }: StepProps & { profile: string; region: string }) {
  const { identities, sets } = useSesChoices(profile, region);
  const E = 'EmailConfiguration';
  return (
    <SpaceBetween size="l">
      <PlanChoice d={d} set={set} errors={errors} />
      <Container
        header={
          <Header variant="h2" description="Can be changed later in the Messaging section.">
            Email sending
          </Header>
        }
      >
        <ColumnLayout columns={2}>
          <SpaceBetween size="m">
            <RadioGroup
              value={d.emailAccount}
              ariaLabel="Send email with"
              onChange={(e) => set({ emailAccount: e.detail.value as typeof d.emailAccount })}
              items={[
                { value: 'COGNITO_DEFAULT', label: 'Cognito (testing)', description: 'No setup; 50 emails a day.' },
                { value: 'DEVELOPER', label: 'Amazon SES', description: 'Your verified identity and SES quota.' },
              ]}
            />
            {d.emailAccount === 'DEVELOPER' ? (
              <FormField
                label="SES identity (FROM)"
                description="Verified identities of this profile and region."
                errorText={errors[`${E}.SourceArn`]}
              >
                <Select
                  selectedOption={identities.find((o) => o.value === d.sourceArn) ?? null}
                  options={identities}
                  placeholder="Choose a verified identity"
                  empty="No verified SES identity in this region"
                  ariaLabel="SES identity (FROM)"
                  onChange={(e) => set({ sourceArn: e.detail.selectedOption.value ?? '' })}
                />
              </FormField>
            ) : null}
          </SpaceBetween>
          <SpaceBetween size="m">
            {d.emailAccount === 'DEVELOPER'
              ? text(
                  'FROM address',
                  d.from,
                  (from) => set({ from }),
                  errors[`${E}.From`],
                  'For example "Support <no-reply@example.com>".',
                )
              : null}
            {text('REPLY-TO address', d.replyTo, (replyTo) => set({ replyTo }), errors[`${E}.ReplyToEmailAddress`])}
            {d.emailAccount === 'DEVELOPER' ? (
              <FormField label="SES configuration set" errorText={errors[`${E}.ConfigurationSet`]}>
                <Select
                  selectedOption={sets.find((o) => o.value === d.configSet) ?? null}
                  options={[{ value: '', label: 'None' }, ...sets]}
                  placeholder="None"
                  ariaLabel="SES configuration set"
                  onChange={(e) => set({ configSet: e.detail.selectedOption.value ?? '' })}
                />
              </FormField>
            ) : null}
          </SpaceBetween>
        </ColumnLayout>
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            description="The IAM role Cognito assumes to send SMS through Amazon SNS (needed for SMS MFA and phone verification)."
          >
            SMS sending
          </Header>
        }
      >
        <ColumnLayout columns={2}>
          {text('SMS IAM role ARN', d.smsRole, (smsRole) => set({ smsRole }), errors['SmsConfiguration.SnsCallerArn'])}
          {text(
            'External id',
            d.smsExternalId,
            (smsExternalId) => set({ smsExternalId }),
            errors['SmsConfiguration.ExternalId'],
          )}
        </ColumnLayout>
      </Container>
      <Container header={<Header variant="h2">Tags</Header>}>
        <FormField errorText={errors.UserPoolTags} stretch>
          <AttributeEditor
            items={d.tags}
            addButtonText="Add tag"
            removeButtonText="Remove"
            empty="No tags."
            onAddButtonClick={() => set({ tags: [...d.tags, { key: '', value: '' }] })}
            onRemoveButtonClick={(e) => set({ tags: d.tags.filter((_, i) => i !== e.detail.itemIndex) })}
            definition={[
              {
                label: 'Key',
                control: (t, i) => (
                  <Input
                    value={t.key}
                    ariaLabel={`Tag ${i + 1} key`}
                    onChange={(e) => set({ tags: d.tags.map((x, j) => (j === i ? { ...x, key: e.detail.value } : x)) })}
                  />
                ),
              },
              {
                label: 'Value',
                control: (t, i) => (
                  <Input
                    value={t.value}
                    ariaLabel={`Tag ${i + 1} value`}
                    onChange={(e) =>
                      set({ tags: d.tags.map((x, j) => (j === i ? { ...x, value: e.detail.value } : x)) })
                    }
                  />
                ),
              },
            ]}
          />
        </FormField>
      </Container>
    </SpaceBetween>
  );
}

/** An optional first app client and Cognito domain, created right after the pool. */
export function ClientDomainStep({ d, set, errors, region }: StepProps & { region: string }) {
  return (
    <SpaceBetween size="l">
      <Alert type="info">
        Both are created after the pool. If one fails, the pool still exists and the failure is reported: add them later
        from the App clients and Domain tabs.
      </Alert>
      <Container header={<Header variant="h2">Initial app client</Header>}>
        <ColumnLayout columns={2}>
          {text(
            'App client name',
            d.clientName,
            (clientName) => set({ clientName }),
            errors.clientName,
            'Leave empty for no client.',
          )}
          {text(
            'Callback URL',
            d.callbackUrl,
            (callbackUrl) => set({ callbackUrl }),
            errors.callbackUrl,
            'Optional: makes it an OAuth code-flow client for the managed login (https, or http for localhost).',
          )}
        </ColumnLayout>
      </Container>
      {d.tier === 'LITE' && d.domainPrefix ? (
        <Alert type="warning" header="The Lite plan lacks managed login">
          On Lite the domain serves the classic hosted UI only: the managed login pages and their branding need the
          Essentials or Plus plan (step 4).
        </Alert>
      ) : null}
      <Container header={<Header variant="h2">Cognito domain</Header>}>
        {text(
          'Domain prefix',
          d.domainPrefix,
          (domainPrefix) => set({ domainPrefix }),
          errors.domainPrefix,
          d.domainPrefix && !errors.domainPrefix
            ? domainBaseUrl(d.domainPrefix, region, false)
            : 'Leave empty for no domain. Unique in the region across all AWS accounts.',
        )}
      </Container>
    </SpaceBetween>
  );
}
