import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useCallback, useEffect, useState } from 'react';
import type { PoolDomain } from '../../../shared/model/pool-domain';
import { domainBaseUrl, domainPrefixSchema } from '../../../shared/model/pool-domain';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';
import { CreateCustomDomain, DeleteDomainButton, UpdateCertificate } from './custom-domain';

const copy = (text: string, what: string) => (
  <CopyToClipboard variant="inline" textToCopy={text} copySuccessText={`${what} copied`} copyErrorText="Copy failed" />
);

/** The pool's domain and managed login URLs, or a form to create a Cognito prefix domain. */
export function DomainTab({ poolRef, readOnly }: { poolRef: PoolRef; readOnly: boolean }) {
  const [domain, setDomain] = useState<PoolDomain | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const load = useCallback(() => {
    call('userPools:domain', poolRef)
      .then(setDomain)
      .catch((e: unknown) => setError(toApiError(e)));
  }, [poolRef]);
  useEffect(load, [load]);

  if (error && !domain)
    return (
      <ErrorAlert
        error={error}
        onRetry={() => {
          setError(undefined);
          load();
        }}
      />
    );
  if (!domain) return <Spinner size="large" />;
  if (!domain.domain)
    return (
      <SpaceBetween size="l">
        <CreateDomain poolRef={poolRef} readOnly={readOnly} onCreated={setDomain} />
        {readOnly ? null : <CreateCustomDomain poolRef={poolRef} onCreated={setDomain} />}
      </SpaceBetween>
    );
  const custom = domain.custom
    ? [
        { label: 'ACM certificate', value: domain.certificateArn ?? 'Not reported' },
        {
          label: 'DNS alias target (CloudFront)',
          value: domain.cloudFrontTarget ? copy(domain.cloudFrontTarget, 'Alias target') : 'Not reported yet',
        },
      ]
    : [];
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header
            variant="h2"
            description={
              domain.custom
                ? `Point a CNAME (or alias) record for ${domain.domain} at the CloudFront target.`
                : undefined
            }
            actions={
              readOnly ? null : <DeleteDomainButton poolRef={poolRef} domain={domain.domain} onDeleted={setDomain} />
            }
          >
            Domain
          </Header>
        }
        data-testid="pool-domain"
      >
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Domain', value: domain.domain },
            { label: 'Type', value: domain.custom ? 'Custom domain' : 'Cognito prefix domain' },
            {
              label: 'Status',
              value: (
                <StatusIndicator type={domain.status === 'ACTIVE' ? 'success' : 'pending'}>
                  {domain.status ?? 'Unknown'}
                </StatusIndicator>
              ),
            },
            { label: 'Managed login base URL', value: domain.baseUrl ? copy(domain.baseUrl, 'URL') : '—' },
            { label: 'Managed login version', value: String(domain.managedLoginVersion ?? 'Not reported') },
            ...custom,
          ]}
        />
      </Container>
      {domain.custom && !readOnly ? <UpdateCertificate poolRef={poolRef} onUpdated={setDomain} /> : null}
      <Table
        variant="container"
        wrapLines
        items={domain.loginUrls}
        trackBy="clientId"
        header={
          <Header variant="h2" description="For app clients with a callback URL and the code or implicit grant.">
            Sign-in URLs
          </Header>
        }
        empty={
          <Box textAlign="center">
            No app client can use the managed login yet: give one a callback URL and an OAuth grant.
          </Box>
        }
        columnDefinitions={[
          { id: 'client', header: 'App client', cell: (r) => r.clientName, width: 200 },
          { id: 'url', header: 'Sign-in URL', cell: (r) => copy(r.url, 'Sign-in URL') },
        ]}
      />
    </SpaceBetween>
  );
}

function CreateDomain({
  poolRef,
  readOnly,
  onCreated,
}: {
  poolRef: PoolRef;
  readOnly: boolean;
  onCreated: (d: PoolDomain) => void;
}) {
  const [prefix, setPrefix] = useState('');
  const [available, setAvailable] = useState<boolean | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const parsed = domainPrefixSchema.safeParse(prefix);
  const problem = prefix && !parsed.success ? parsed.error.issues[0]?.message : undefined;
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
  const check = () =>
    run(async () =>
      setAvailable(
        (await call('userPools:check-domain', { profile: poolRef.profile, region: poolRef.region, prefix })).available,
      ),
    );
  const create = () => run(async () => onCreated(await call('userPools:create-domain', { ...poolRef, prefix })));
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="The hosted UI / managed login needs a domain: a Cognito prefix, or your own domain below."
        >
          No domain yet: Cognito prefix domain
        </Header>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField
          label="Cognito domain prefix"
          description={
            prefix && parsed.success
              ? domainBaseUrl(prefix, poolRef.region, false)
              : 'Unique in the region across all AWS accounts.'
          }
          errorText={problem ?? (available === false ? 'This prefix is taken: choose another.' : undefined)}
        >
          <Input
            value={prefix}
            ariaLabel="Domain prefix"
            disabled={readOnly}
            onChange={(e) => {
              setPrefix(e.detail.value);
              setAvailable(undefined);
            }}
          />
        </FormField>
        {available ? <StatusIndicator type="success">Available</StatusIndicator> : null}
        {readOnly ? null : (
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={!parsed.success} loading={busy && available === undefined} onClick={() => void check()}>
              Check availability
            </Button>
            <Button
              variant="primary"
              disabled={!parsed.success || available !== true}
              loading={busy && available === true}
              onClick={() => void create()}
            >
              Create domain
            </Button>
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Container>
  );
}
