import Alert from '@cloudscape-design/components/alert';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { SesAccount, SesIdentity } from '../../../shared/model/ses';
import { sesTestSendSchema } from '../../../shared/model/ses-templates';
import { isVerifiedRecipient } from '../../../shared/templates/ses-recipient';
import { call, toApiError } from '../../api';
import type { ApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { useLoad } from '../../lib/use-load';

interface Props {
  connected: ConnectedRef;
  name: string;
  /** The template data as typed (JSON text); undefined while it is not a JSON object. */
  data: string | undefined;
  dirty: boolean;
  readOnly: boolean;
}

/** Sends the saved template with the data to one typed address (SendEmail), warning first where SES would refuse. */
export function SesTestSend({ connected, name, data, dirty, readOnly }: Props) {
  const [open, setOpen] = useState(false);
  const key = open ? `${connected.profile}\u0000${connected.region}` : undefined;
  const state = useLoad<{ account?: SesAccount; identities: SesIdentity[] }>(key, async () => {
    const identities = await call('ses:identities', connected);
    // An endpoint without GetAccount (UNSUPPORTED) still sends: the sandbox warning is then left out.
    const account = await call('ses:account', connected).catch(() => undefined);
    return { account, identities };
  });
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const request = { name, from, to, data: data ?? '' };
  const valid = sesTestSendSchema.safeParse(request);
  const identities = state.data?.identities ?? [];
  const inSandbox = state.data?.account?.productionAccessEnabled === false;
  const unverified = inSandbox && to.includes('@') && !isVerifiedRecipient(to, identities);
  const send = async () => {
    setBusy(true);
    setError(undefined);
    setSent(undefined);
    try {
      setSent((await call('sesTemplates:send', { ...connected, send: request })).messageId);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ExpandableSection
      headerText="Send a test email"
      variant="container"
      expanded={open}
      onChange={(e) => setOpen(e.detail.expanded)}
    >
      <SpaceBetween size="m">
        {state.error ? <ErrorAlert error={state.error} onRetry={state.reload} /> : null}
        <ColumnLayout columns={2}>
          <FormField
            label="From"
            description="A verified identity of this account (an address, or one at a verified domain)."
          >
            <Autosuggest
              value={from}
              onChange={(e) => setFrom(e.detail.value)}
              options={identities.filter((i) => i.type === 'EMAIL_ADDRESS').map((i) => ({ value: i.name }))}
              ariaLabel="From address"
              placeholder="no-reply@example.com"
              enteredTextLabel={(v) => `Use ${v}`}
              empty="No verified email addresses"
            />
          </FormField>
          <FormField label="To" description="One address. The email is sent for real outside the Local sandbox.">
            <Input value={to} onChange={(e) => setTo(e.detail.value)} ariaLabel="Recipient address" type="email" />
          </FormField>
        </ColumnLayout>
        {unverified ? (
          <Alert type="warning" header="This account is in the SES sandbox" data-testid="ses-sandbox-recipient-warning">
            {to} is not a verified identity. In the sandbox SES sends only to verified addresses and domains: verify it
            under SES &gt; Identities, or request production access.
          </Alert>
        ) : null}
        {dirty ? <Alert type="info">The saved template is sent; save first to send your edits.</Alert> : null}
        {error ? <ErrorAlert error={error} /> : null}
        {sent !== undefined ? (
          <Alert type="success" header="Sent">
            SES accepted the email (message id {sent || 'not given'}).
          </Alert>
        ) : null}
        <Button onClick={() => void send()} loading={busy} disabled={readOnly || !valid.success}>
          Send test email
        </Button>
      </SpaceBetween>
    </ExpandableSection>
  );
}
