import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { AppClientConfig } from '../../../shared/model/pool-clients';
import {
  AUTH_FLOWS,
  clientFormSchema,
  DEFAULT_TOKEN_UNITS,
  OAUTH_FLOWS,
  TOKEN_UNITS,
} from '../../../shared/model/pool-clients';
import type { PoolRef } from '../../stores/pool-config';
import { draftKey } from '../../stores/pool-config';
import { usePoolClients } from '../../stores/pool-clients';
import { ClientSecret } from './client-secret';
import { DiffForm } from './diff-form';
import {
  ChoiceField,
  ListField,
  MultiCheckField,
  NumberField,
  SelectField,
  TextField,
  ToggleField,
} from './section-fields';

const UNITS = TOKEN_UNITS.map((u) => ({ value: u, label: u }));
const PATHS = [
  'ClientName',
  'AccessTokenValidity',
  'IdTokenValidity',
  'RefreshTokenValidity',
  'TokenValidityUnits.AccessToken',
  'TokenValidityUnits.IdToken',
  'TokenValidityUnits.RefreshToken',
  'ExplicitAuthFlows',
  'CallbackURLs',
  'LogoutURLs',
  'AllowedOAuthFlows',
  'AllowedOAuthScopes',
  'AllowedOAuthFlowsUserPoolClient',
  'SupportedIdentityProviders',
  'PreventUserExistenceErrors',
  'EnableTokenRevocation',
  'AuthSessionValidity',
  'ReadAttributes',
  'WriteAttributes',
  'RefreshTokenRotation.Feature',
  'RefreshTokenRotation.RetryGracePeriodSeconds',
] as const;

function TokenRow({
  token,
  label,
  range,
}: {
  token: 'AccessToken' | 'IdToken' | 'RefreshToken';
  label: string;
  range: string;
}) {
  const field =
    token === 'AccessToken' ? 'AccessTokenValidity' : token === 'IdToken' ? 'IdTokenValidity' : 'RefreshTokenValidity';
  return (
    <ColumnLayout columns={2}>
      <NumberField path={field} label={label} constraint={range} />
      <SelectField
        path={`TokenValidityUnits.${token}`}
        label={`${label} unit`}
        options={UNITS}
        placeholder={`Not set (Cognito uses ${DEFAULT_TOKEN_UNITS[token]})`}
      />
    </ColumnLayout>
  );
}

/** One app client's settings, saved read-modify-write with a diff (UpdateUserPoolClient resets what it omits). */
export function ClientEditor({
  poolRef,
  config,
  readOnly,
}: {
  poolRef: PoolRef;
  config: AppClientConfig;
  readOnly: boolean;
}) {
  const { preview, apply, describe } = usePoolClients();
  return (
    <DiffForm
      draftKey={draftKey(poolRef, `client:${config.clientId}`)}
      settings={config.settings}
      paths={PATHS}
      schema={clientFormSchema}
      targetName={`app client ${config.name}`}
      label="app client"
      testId="client-editor"
      readOnly={readOnly}
      preview={(draft) => preview(poolRef, config.clientId, draft)}
      apply={(draft) => apply(poolRef, config.clientId, draft)}
      reload={() => describe(poolRef, config.clientId)}
    >
      <Container
        header={
          <Header variant="h2" description={config.clientId}>
            {config.name}
          </Header>
        }
      >
        <ColumnLayout columns={2}>
          <SpaceBetween size="m">
            <TextField path="ClientName" label="App client name" />
            <ClientSecret
              key={config.clientId}
              poolRef={poolRef}
              clientId={config.clientId}
              hasSecret={config.hasSecret}
            />
            <TokenRow token="AccessToken" label="Access token validity" range="5 minutes to 1 day." />
            <TokenRow token="IdToken" label="ID token validity" range="5 minutes to 1 day." />
            <TokenRow token="RefreshToken" label="Refresh token validity" range="60 minutes to 3,650 days." />
            <NumberField
              path="AuthSessionValidity"
              label="Authentication session (minutes)"
              constraint="3 to 15 minutes."
            />
            <MultiCheckField
              path="ExplicitAuthFlows"
              label="Authentication flows"
              options={AUTH_FLOWS.map((f) => ({ value: f, label: f }))}
            />
            <ChoiceField
              path="PreventUserExistenceErrors"
              label="User existence errors"
              options={[
                {
                  value: 'ENABLED',
                  label: 'Prevent',
                  description: 'Sign-in and recovery answer the same whether or not the user exists.',
                },
                { value: 'LEGACY', label: 'Legacy', description: 'Errors reveal that a user does not exist.' },
              ]}
            />
            <ChoiceField
              path="RefreshTokenRotation.Feature"
              label="Refresh token rotation"
              options={[
                { value: 'DISABLED', label: 'Off', description: 'A refresh token is reused until it expires.' },
                { value: 'ENABLED', label: 'On', description: 'Each refresh returns a new refresh token.' },
              ]}
            />
            <NumberField
              path="RefreshTokenRotation.RetryGracePeriodSeconds"
              label="Rotation grace period (seconds)"
              constraint="0 to 60: how long the old token still works."
            />
            <ToggleField
              path="EnableTokenRevocation"
              label="Token revocation"
              description="Refresh tokens can be revoked."
            />
          </SpaceBetween>
          <SpaceBetween size="m">
            <ListField
              path="CallbackURLs"
              label="Callback URLs"
              description="One per line."
              constraint="https://, or http:// for localhost only; no # fragment."
            />
            <ListField path="LogoutURLs" label="Sign-out URLs" description="One per line." />
            <ToggleField path="AllowedOAuthFlowsUserPoolClient" label="OAuth 2.0 enabled for this client" />
            <MultiCheckField
              path="AllowedOAuthFlows"
              label="OAuth grant types"
              options={OAUTH_FLOWS.map((f) => ({ value: f, label: f }))}
            />
            <ListField
              path="AllowedOAuthScopes"
              label="OAuth scopes"
              description="One per line (openid, email, profile, ...)."
            />
            <ListField
              path="SupportedIdentityProviders"
              label="Identity providers"
              description="COGNITO and federated provider names."
            />
            <ListField path="ReadAttributes" label="Readable attributes" description="Empty: all attributes." />
            <ListField
              path="WriteAttributes"
              label="Writable attributes"
              description="Empty: all mutable attributes."
            />
          </SpaceBetween>
        </ColumnLayout>
      </Container>
    </DiffForm>
  );
}
