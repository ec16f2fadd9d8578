import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import type { PoolRef } from '../../stores/pool-config';
import { useSession } from '../../stores/session';
import { ChoiceField, SelectField, TextField } from './section-fields';

const E = 'EmailConfiguration';
export const EMAIL_PATHS = [
  `${E}.EmailSendingAccount`,
  `${E}.SourceArn`,
  `${E}.From`,
  `${E}.ReplyToEmailAddress`,
  `${E}.ConfigurationSet`,
] as const;

interface Option {
  value: string;
  label: string;
}

/** Email sending: Cognito's test sender or the account's SES, with FROM picked from the verified SES identities. */
export function EmailSending({ poolRef }: { poolRef: PoolRef }) {
  const account = useSession((s) => s.connection?.accountId);
  const [identities, setIdentities] = useState<Option[]>([]);
  const [sets, setSets] = useState<Option[]>([]);
  useEffect(() => {
    const ref = { profile: poolRef.profile, region: poolRef.region };
    // Lists are a convenience: where SES is unreachable the fields still show what the pool has.
    call('ses:identities', ref)
      .then((list) =>
        setIdentities(
          list
            .filter((i) => i.verificationStatus === 'SUCCESS')
            .map((i) => ({
              value: `arn:aws:ses:${poolRef.region}:${account ?? ''}:identity/${i.name}`,
              label: i.name,
            })),
        ),
      )
      .catch(() => setIdentities([]));
    call('ses:configuration-sets', ref)
      .then((list) => setSets(list.map((c) => ({ value: c.name, label: c.name }))))
      .catch(() => setSets([]));
  }, [poolRef.profile, poolRef.region, account]);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Cognito's own sender is for testing: 50 emails a day. Production pools send through SES."
        >
          Email sending
        </Header>
      }
    >
      <ColumnLayout columns={2}>
        <SpaceBetween size="m">
          <ChoiceField
            path={`${E}.EmailSendingAccount`}
            label="Send email with"
            options={[
              { value: 'COGNITO_DEFAULT', label: 'Cognito (testing)', description: 'No setup; limited daily quota.' },
              { value: 'DEVELOPER', label: 'Amazon SES', description: 'Your verified identity, your SES quota.' },
            ]}
          />
          <SelectField
            path={`${E}.SourceArn`}
            label="SES identity (FROM)"
            options={identities}
            placeholder="Choose a verified identity"
          />
        </SpaceBetween>
        <SpaceBetween size="m">
          <TextField
            path={`${E}.From`}
            label="FROM address"
            description='For example "Example Support <no-reply@example.com>".'
          />
          <TextField path={`${E}.ReplyToEmailAddress`} label="REPLY-TO address" />
          <SelectField path={`${E}.ConfigurationSet`} label="SES configuration set" options={sets} placeholder="None" />
        </SpaceBetween>
      </ColumnLayout>
    </Container>
  );
}
