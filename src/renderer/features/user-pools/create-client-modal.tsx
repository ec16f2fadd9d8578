import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import type { ClientCreate } from '../../../shared/model/pool-clients';
import { clientCreateSchema } from '../../../shared/model/pool-clients';
import type { ApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  busy: boolean;
  error: ApiError | undefined;
  onCancel: () => void;
  onCreate: (client: ClientCreate) => void;
}

/** A new app client with the choices that matter at creation; the rest is edited afterwards. */
export function CreateClientModal({ busy, error, onCancel, onCreate }: Props) {
  const [name, setName] = useState('');
  const [secret, setSecret] = useState(false);
  const [callbacks, setCallbacks] = useState('');
  const [touched, setTouched] = useState(false);
  const urls = callbacks
    .split('\n')
    .map((u) => u.trim())
    .filter(Boolean);
  const input = {
    ClientName: name,
    GenerateSecret: secret,
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    PreventUserExistenceErrors: 'ENABLED',
    EnableTokenRevocation: true,
    ...(urls.length > 0
      ? {
          CallbackURLs: urls,
          AllowedOAuthFlows: ['code'],
          AllowedOAuthScopes: ['openid', 'email'],
          AllowedOAuthFlowsUserPoolClient: true,
          SupportedIdentityProviders: ['COGNITO'],
        }
      : {}),
  };
  const parsed = clientCreateSchema.safeParse(input);
  const problem = (field: string) =>
    parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field)?.message;
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header="Create app client"
      data-testid="create-client-modal"
      footer={
        <ModalFooter
          onCancel={onCancel}
          loading={busy}
          disabled={!parsed.success}
          onConfirm={() => parsed.success && onCreate(parsed.data)}
        >
          Create app client
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField label="App client name" errorText={touched ? problem('ClientName') : undefined}>
          <Input
            value={name}
            ariaLabel="App client name"
            autoFocus
            onChange={(e) => {
              setName(e.detail.value);
              setTouched(true);
            }}
          />
        </FormField>
        <Checkbox
          checked={secret}
          onChange={(e) => setSecret(e.detail.checked)}
          description="For server-side apps that can keep a secret. It cannot be added or removed later."
        >
          Generate a client secret
        </Checkbox>
        <FormField
          label="Callback URLs (optional)"
          description="One per line. Turns on the authorization code grant with openid and email."
          constraintText="https://, or http:// for localhost only."
          errorText={problem('CallbackURLs')}
        >
          <Textarea
            value={callbacks}
            ariaLabel="Callback URLs"
            rows={3}
            onChange={(e) => setCallbacks(e.detail.value)}
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
