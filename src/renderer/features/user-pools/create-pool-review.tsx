import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CreateDraft } from './create-pool-draft';
import { FIXED } from './create-pool-steps';

/** The last step: what can never change is listed apart from what can. */
export function ReviewStep({ d }: { d: CreateDraft }) {
  const signIn = {
    username: 'A username',
    email: 'Email address',
    phone: 'Phone number',
    'email-or-phone': 'Email or phone',
  }[d.signIn];
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header variant="h2" info={FIXED} description="Check these: they cannot be changed once the pool exists.">
            Fixed at creation
          </Header>
        }
      >
        <KeyValuePairs
          columns={2}
          items={[
            {
              label: 'Users sign in with',
              value:
                d.signIn === 'username' && d.aliases.length > 0
                  ? `${signIn} (aliases: ${d.aliases.join(', ')})`
                  : signIn,
            },
            { label: 'Usernames', value: d.caseSensitive ? 'Case sensitive' : 'Case insensitive' },
            { label: 'Required attributes', value: d.required.join(', ') || 'None' },
            {
              label: 'Custom attributes',
              value:
                d.custom.map((c) => `custom:${c.name} (${c.type}${c.mutable ? '' : ', immutable'})`).join(', ') ||
                'None',
            },
          ]}
        />
      </Container>
      <Container header={<Header variant="h2">Can be changed later</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Pool name', value: d.name },
            { label: 'Password minimum length', value: d.minLength },
            { label: 'Temporary password validity', value: `${d.tempDays} days` },
            { label: 'Self sign-up', value: d.selfSignUp ? 'On' : 'Off' },
            { label: 'MFA', value: { OFF: 'Off', OPTIONAL: 'Optional', ON: 'Required' }[d.mfa] },
            { label: 'Deletion protection', value: d.deletionProtection ? 'Active' : 'Inactive' },
            { label: 'Feature plan', value: { LITE: 'Lite', ESSENTIALS: 'Essentials', PLUS: 'Plus' }[d.tier] },
            {
              label: 'Email sent by',
              value:
                d.emailAccount === 'DEVELOPER'
                  ? `Amazon SES (${d.sourceArn.split('/').pop() || 'no identity'})`
                  : 'Cognito (testing)',
            },
            { label: 'SMS role', value: d.smsRole || 'None' },
            { label: 'Tags', value: d.tags.map((t) => `${t.key}=${t.value}`).join(', ') || 'None' },
          ]}
        />
      </Container>
      <Container
        header={
          <Header variant="h2" description="Created after the pool; a failure here keeps the pool.">
            Created next
          </Header>
        }
      >
        <KeyValuePairs
          columns={2}
          items={[
            {
              label: 'App client',
              value: d.clientName ? `${d.clientName}${d.callbackUrl ? ` (callback ${d.callbackUrl})` : ''}` : 'None',
            },
            { label: 'Cognito domain prefix', value: d.domainPrefix || 'None' },
          ]}
        />
      </Container>
    </SpaceBetween>
  );
}
