import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { PoolDomain } from '../../../shared/model/pool-domain';
import { certificateArnSchema, customDomainSchema } from '../../../shared/model/pool-domain';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';

const CERT_PLACEHOLDER = 'arn:aws:acm:us-east-1:<account id>:certificate/<id>';

/** The first problem zod finds in a typed value, once something is typed. */
function problemOf(schema: typeof certificateArnSchema, value: string) {
  if (!value) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** Runs one call at a time, keeping its error. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function CertificateField({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) {
  return (
    <FormField
      label={label}
      description="Cognito serves custom domains through CloudFront, which only takes ACM certificates from us-east-1."
      errorText={problemOf(certificateArnSchema, value)}
      stretch
    >
      <Input
        value={value}
        placeholder={CERT_PLACEHOLDER}
        ariaLabel={label}
        onChange={(e) => onChange(e.detail.value)}
      />
    </FormField>
  );
}

/** Creates a custom domain such as auth.example.com with its certificate. */
export function CreateCustomDomain({ poolRef, onCreated }: { poolRef: PoolRef; onCreated: (d: PoolDomain) => void }) {
  const [domain, setDomain] = useState('');
  const [certificateArn, setCertificateArn] = useState('');
  const { busy, error, run } = useAction();
  const ready = customDomainSchema.safeParse(domain).success && certificateArnSchema.safeParse(certificateArn).success;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Your own host name for the managed login. After creating it, add a DNS alias (CNAME) to the CloudFront target shown."
        >
          Custom domain
        </Header>
      }
      data-testid="custom-domain-form"
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField label="Custom domain" errorText={problemOf(customDomainSchema, domain)}>
          <Input
            value={domain}
            placeholder="auth.example.com"
            ariaLabel="Custom domain"
            onChange={(e) => setDomain(e.detail.value)}
          />
        </FormField>
        <CertificateField value={certificateArn} onChange={setCertificateArn} label="ACM certificate ARN" />
        <Button
          disabled={!ready}
          loading={busy}
          onClick={() =>
            void run(async () =>
              onCreated(await call('userPools:create-custom-domain', { ...poolRef, domain, certificateArn })),
            )
          }
        >
          Create custom domain
        </Button>
      </SpaceBetween>
    </Container>
  );
}

/** Replaces the certificate of an existing custom domain (UpdateUserPoolDomain). */
export function UpdateCertificate({ poolRef, onUpdated }: { poolRef: PoolRef; onUpdated: (d: PoolDomain) => void }) {
  const [certificateArn, setCertificateArn] = useState('');
  const { busy, error, run } = useAction();
  return (
    <Container header={<Header variant="h2">Update certificate</Header>}>
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <CertificateField value={certificateArn} onChange={setCertificateArn} label="New ACM certificate ARN" />
        <Button
          disabled={!certificateArnSchema.safeParse(certificateArn).success}
          loading={busy}
          onClick={() =>
            void run(async () => {
              onUpdated(await call('userPools:update-domain-certificate', { ...poolRef, certificateArn }));
              setCertificateArn('');
            })
          }
        >
          Update certificate
        </Button>
      </SpaceBetween>
    </Container>
  );
}

/** Deleting the domain breaks every managed login URL: the modal says so and asks for the domain typed out. */
export function DeleteDomainButton({
  poolRef,
  domain,
  onDeleted,
}: {
  poolRef: PoolRef;
  domain: string;
  onDeleted: (d: PoolDomain) => void;
}) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const { busy, error, run } = useAction();
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete domain</Button>
      <Modal
        visible={open}
        onDismiss={close}
        header={`Delete domain ${domain}?`}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={close}>
                Cancel
              </Button>
              <Button
                variant="primary"
                disabled={typed !== domain}
                loading={busy}
                onClick={() =>
                  void run(async () => {
                    onDeleted(await call('userPools:delete-domain', { ...poolRef, domain: typed }));
                    close();
                  })
                }
              >
                Delete domain
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        <SpaceBetween size="m">
          {error ? <ErrorAlert error={error} /> : null}
          <Box>
            Every managed login and hosted UI URL on <b>{domain}</b> stops working, and apps signing users in through it
            fail. It cannot be undone.
          </Box>
          <FormField label={`Type ${domain} to confirm`}>
            <Input value={typed} onChange={(e) => setTyped(e.detail.value)} ariaLabel="Domain to confirm" />
          </FormField>
        </SpaceBetween>
      </Modal>
    </>
  );
}
