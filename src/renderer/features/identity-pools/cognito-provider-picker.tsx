import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { CognitoProviderInput } from '../../../shared/model/identity-pool-settings';
import { call } from '../../api';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { useConnectedLoad } from '../../lib/use-connected-ref';
import { useLoad } from '../../lib/use-load';

interface Props {
  ref_: ConnectedRef;
  providers: CognitoProviderInput[];
  onChange: (providers: CognitoProviderInput[]) => void;
  errorText?: string;
  disabled?: boolean;
}

const providerNameOf = (region: string, poolId: string) => `cognito-idp.${region}.amazonaws.com/${poolId}`;
const poolIdOf = (providerName: string) => providerName.split('/').pop() ?? providerName;

/** Cognito providers chosen from the profile's user pools and their app clients: picked, never typed. */
export function CognitoProviderPicker({ ref_, providers, onChange, errorText, disabled }: Props) {
  const pools = useConnectedLoad((r) => call('userPools:list', r));
  const [poolId, setPoolId] = useState<string | undefined>();
  const [clientId, setClientId] = useState<string | undefined>();
  const [tokenCheck, setTokenCheck] = useState(true);
  const clients = useLoad(poolId ? `${ref_.profile}\u0000${ref_.region}\u0000${poolId}` : undefined, () =>
    call('userPools:list-clients', { ...ref_, userPoolId: poolId ?? '' }),
  );
  const poolName = (id: string) => pools.data?.find((p) => p.id === id)?.name;
  const taken = new Set(providers.map((p) => `${p.providerName}:${p.clientId}`));
  const candidate = poolId && clientId ? providerNameOf(ref_.region, poolId) : undefined;
  const duplicate = candidate !== undefined && taken.has(`${candidate}:${clientId}`);

  const add = () => {
    if (!candidate || !clientId || duplicate) return;
    onChange([...providers, { providerName: candidate, clientId, serverSideTokenCheck: tokenCheck }]);
    setClientId(undefined);
  };

  return (
    <SpaceBetween size="xs">
      <Header variant="h3" description="Users who sign in to these app clients get identities in this pool.">
        Cognito user pool providers
      </Header>
      <SpaceBetween size="s">
        <Table
          variant="embedded"
          items={providers}
          trackBy={(p) => `${p.providerName}:${p.clientId}`}
          empty="No user pool provider yet. Pick a user pool and an app client below."
          ariaLabels={{ tableLabel: 'Cognito user pool providers' }}
          columnDefinitions={[
            {
              id: 'pool',
              header: 'User pool',
              cell: (p) => {
                const id = poolIdOf(p.providerName);
                return poolName(id) ? `${poolName(id)} (${id})` : id;
              },
              isRowHeader: true,
            },
            { id: 'client', header: 'App client', cell: (p) => p.clientId },
            {
              id: 'check',
              header: 'Server-side token check',
              cell: (p) => (
                <Checkbox
                  checked={p.serverSideTokenCheck}
                  disabled={disabled}
                  ariaLabel={`Server-side token check for ${p.clientId}`}
                  onChange={(e) =>
                    onChange(providers.map((q) => (q === p ? { ...q, serverSideTokenCheck: e.detail.checked } : q)))
                  }
                />
              ),
            },
            {
              id: 'remove',
              header: '',
              cell: (p) => (
                <Button
                  variant="inline-link"
                  disabled={disabled}
                  ariaLabel={`Remove provider ${p.clientId}`}
                  onClick={() => onChange(providers.filter((q) => q !== p))}
                >
                  Remove
                </Button>
              ),
            },
          ]}
        />
        <ColumnLayout columns={4}>
          <FormField label="User pool">
            <Select
              disabled={disabled}
              statusType={pools.loading ? 'loading' : pools.error ? 'error' : 'finished'}
              errorText={pools.error?.message}
              empty={`No user pools in ${ref_.region}`}
              placeholder="Choose a user pool"
              selectedOption={poolId ? { value: poolId, label: poolName(poolId) ?? poolId } : null}
              options={(pools.data ?? []).map((p) => ({ value: p.id, label: p.name, description: p.id }))}
              onChange={(e) => {
                setPoolId(e.detail.selectedOption.value);
                setClientId(undefined);
              }}
            />
          </FormField>
          <FormField label="App client">
            <Select
              disabled={disabled || !poolId}
              statusType={clients.loading ? 'loading' : clients.error ? 'error' : 'finished'}
              errorText={clients.error?.message}
              empty="This pool has no app clients"
              placeholder="Choose an app client"
              selectedOption={
                clientId
                  ? { value: clientId, label: clients.data?.find((c) => c.clientId === clientId)?.name ?? clientId }
                  : null
              }
              options={(clients.data ?? []).map((c) => ({ value: c.clientId, label: c.name, description: c.clientId }))}
              onChange={(e) => setClientId(e.detail.selectedOption.value)}
            />
          </FormField>
          <FormField label="Token check">
            <Checkbox checked={tokenCheck} disabled={disabled} onChange={(e) => setTokenCheck(e.detail.checked)}>
              Server-side token check
            </Checkbox>
          </FormField>
          <FormField label={'\u00a0'} errorText={duplicate ? 'Already a provider' : undefined}>
            <Button disabled={disabled || !candidate || duplicate} onClick={add}>
              Add provider
            </Button>
          </FormField>
        </ColumnLayout>
      </SpaceBetween>
      {errorText ? <Box color="text-status-error">{errorText}</Box> : null}
    </SpaceBetween>
  );
}
