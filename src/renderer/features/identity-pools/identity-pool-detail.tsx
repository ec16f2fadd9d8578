import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { CognitoProvider, IdentityPoolDetail } from '../../../shared/model/identity-pools';

function PoolCheck({ provider }: { provider: CognitoProvider }) {
  if (provider.matchesPool === false) {
    return <StatusIndicator type="warning">No such user pool in {provider.region}</StatusIndicator>;
  }
  if (provider.matchesClient === false) {
    return <StatusIndicator type="warning">Pool exists, but no such app client</StatusIndicator>;
  }
  if (provider.matchesClient === true) return <StatusIndicator type="success">Pool and client exist</StatusIndicator>;
  if (provider.matchesPool === true) return <StatusIndicator type="success">Pool exists</StatusIndicator>;
  return <StatusIndicator type="info">Not checked (other region or format)</StatusIndicator>;
}

const list = (values: string[]): string => (values.length ? values.join(', ') : 'None');

/** An identity pool's settings; Cognito providers that name no existing user pool are flagged. */
export function IdentityPoolDetailView({ pool }: { pool: IdentityPoolDetail }) {
  const social = Object.entries(pool.supportedLoginProviders).map(([k, v]) => `${k} (${v})`);
  return (
    <SpaceBetween size="m">
      <Container
        header={
          <Header variant="h2" description={pool.id}>
            {pool.name}
          </Header>
        }
      >
        <KeyValuePairs
          columns={3}
          items={[
            {
              label: 'Guest access',
              value: pool.allowUnauthenticated ? 'Allowed (unauthenticated identities)' : 'Off',
            },
            { label: 'Basic (classic) flow', value: pool.allowClassicFlow ? 'Allowed' : 'Off' },
            { label: 'Developer provider (fixed after creation)', value: pool.developerProviderName ?? 'None' },
            { label: 'Social providers', value: list(social) },
            { label: 'OpenID Connect providers', value: list(pool.openIdConnectProviderArns) },
            { label: 'SAML providers', value: list(pool.samlProviderArns) },
            { label: 'Tags', value: list(Object.entries(pool.tags).map(([k, v]) => `${k}=${v}`)) },
          ]}
        />
      </Container>
      <Table
        header={
          <Header variant="h2" counter={`(${pool.cognitoProviders.length})`}>
            Cognito user pool providers
          </Header>
        }
        items={pool.cognitoProviders}
        trackBy="providerName"
        empty="No Cognito user pool is a provider of this identity pool."
        columnDefinitions={[
          { id: 'pool', header: 'User pool', cell: (p) => p.userPoolId ?? p.providerName, isRowHeader: true },
          { id: 'client', header: 'App client', cell: (p) => p.clientId ?? '-' },
          { id: 'check', header: 'Token check', cell: (p) => (p.serverSideTokenCheck ? 'Server-side' : 'Off') },
          { id: 'exists', header: 'Pool and client', cell: (p) => <PoolCheck provider={p} /> },
        ]}
      />
    </SpaceBetween>
  );
}
