import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import type { ProductionAccessRequest, SesAccount } from '../../../shared/model/ses';
import { productionAccessRequestSchema } from '../../../shared/model/ses';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';

interface Props {
  ref_: ConnectedRef;
  account: SesAccount | undefined;
  readOnly: boolean;
  onRequested: (account: SesAccount) => void;
}

type Draft = Omit<ProductionAccessRequest, 'additionalContacts'> & { contacts: string };

function initialDraft(account: SesAccount | undefined): Draft {
  const d = account?.details;
  return {
    mailType: d?.mailType === 'MARKETING' ? 'MARKETING' : 'TRANSACTIONAL',
    websiteUrl: d?.websiteUrl ?? '',
    useCaseDescription: d?.useCaseDescription ?? '',
    contactLanguage: d?.contactLanguage === 'JA' ? 'JA' : 'EN',
    contacts: (d?.additionalContacts ?? []).join(', '),
  };
}

function toRequest(draft: Draft): unknown {
  const { contacts, ...rest } = draft;
  return {
    ...rest,
    additionalContacts: contacts
      .split(/[,\s]+/)
      .map((c) => c.trim())
      .filter(Boolean),
  };
}

/** PutAccountDetails: ask AWS to lift the SES sandbox in this region; shows the review status of the last request. */
export function ProductionAccessForm({ ref_, account, readOnly, onRequested }: Props) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(account));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const parsed = productionAccessRequestSchema.safeParse(toRequest(draft));
  const issue = (field: string): string | undefined =>
    tried && !parsed.success ? parsed.error.issues.find((i) => i.path[0] === field)?.message : undefined;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = () => {
    setTried(true);
    if (!parsed.success) return;
    setBusy(true);
    setError(undefined);
    call('ses:request-production-access', { ...ref_, request: parsed.data })
      .then(onRequested, (e: unknown) => setError(toApiError(e)))
      .finally(() => setBusy(false));
  };
  const status = account?.reviewStatus;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`AWS reviews the request, usually within a day. Production access is granted per region (${ref_.region}).`}
        >
          Request production access
        </Header>
      }
      data-testid="production-access"
    >
      <SpaceBetween size="m">
        <div data-testid="review-status">
          {status ? (
            <StatusIndicator type={status === 'GRANTED' ? 'success' : status === 'PENDING' ? 'pending' : 'warning'}>
              Review {status}
              {account?.reviewCaseId ? ` (case ${account.reviewCaseId})` : ''}
            </StatusIndicator>
          ) : account ? (
            <StatusIndicator type="stopped">No request yet</StatusIndicator>
          ) : (
            <StatusIndicator type="info">Review status unknown: the account could not be read</StatusIndicator>
          )}
        </div>
        {error ? <ErrorAlert error={error} /> : null}
        <Form
          actions={
            <Button variant="primary" loading={busy} disabled={readOnly} onClick={submit}>
              Request production access
            </Button>
          }
        >
          <SpaceBetween size="m">
            <FormField label="Mail type">
              <RadioGroup
                value={draft.mailType}
                onChange={(e) => set({ mailType: e.detail.value === 'MARKETING' ? 'MARKETING' : 'TRANSACTIONAL' })}
                items={[
                  { value: 'TRANSACTIONAL', label: 'Transactional', description: 'Codes, invitations, receipts.' },
                  { value: 'MARKETING', label: 'Marketing', description: 'Newsletters and promotions.' },
                ]}
              />
            </FormField>
            <FormField label="Website URL" errorText={issue('websiteUrl')}>
              <Input
                value={draft.websiteUrl}
                onChange={(e) => set({ websiteUrl: e.detail.value })}
                placeholder="https://example.com"
                ariaLabel="Website URL"
              />
            </FormField>
            <FormField
              label="Use case"
              description="How you collect addresses and handle bounces and complaints. Optional (AWS marks it deprecated), but reviewers read it."
              errorText={issue('useCaseDescription')}
            >
              <Textarea
                value={draft.useCaseDescription}
                onChange={(e) => set({ useCaseDescription: e.detail.value })}
                ariaLabel="Use case"
                rows={4}
              />
            </FormField>
            <FormField label="Contact language">
              <RadioGroup
                value={draft.contactLanguage}
                onChange={(e) => set({ contactLanguage: e.detail.value === 'JA' ? 'JA' : 'EN' })}
                items={[
                  { value: 'EN', label: 'English' },
                  { value: 'JA', label: 'Japanese' },
                ]}
              />
            </FormField>
            <FormField
              label="Additional contacts"
              constraintText="Up to 4 email addresses, separated by commas."
              errorText={issue('additionalContacts')}
            >
              <Input
                value={draft.contacts}
                onChange={(e) => set({ contacts: e.detail.value })}
                ariaLabel="Additional contacts"
              />
            </FormField>
          </SpaceBetween>
        </Form>
      </SpaceBetween>
    </Container>
  );
}
