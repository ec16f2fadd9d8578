import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { IdentityPoolDetail } from '../../../shared/model/identity-pools';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { useLoad } from '../../lib/use-load';
import { RolesEditor } from './roles-editor';

interface Props {
  ref_: ConnectedRef;
  pool: IdentityPoolDetail;
  readOnly: boolean;
}

/**
 * The pool's IAM roles and role mappings (GetIdentityPoolRoles). An endpoint without the call (moto) shows
 * UNSUPPORTED here while the rest of the detail works.
 */
export function RolesPanel({ ref_, pool, readOnly }: Props) {
  const roles = useLoad(`${ref_.profile}\u0000${ref_.region}\u0000${pool.id}`, () =>
    call('identityPools:get-roles', { ...ref_, identityPoolId: pool.id }),
  );
  const [editing, setEditing] = useState(false);
  const unsupported = roles.error?.code === 'UNSUPPORTED';
  const header = (
    <Header
      variant="h2"
      description="IAM roles for signed-in and guest identities, and which role each provider's users get."
      actions={
        <Button disabled={!roles.data || readOnly || editing} onClick={() => setEditing(true)}>
          Edit roles
        </Button>
      }
    >
      Roles
    </Header>
  );
  if (roles.error) {
    return (
      <Container header={header} data-testid="identity-pool-roles">
        <SpaceBetween size="s">
          {unsupported ? <StatusIndicator type="info">UNSUPPORTED</StatusIndicator> : null}
          <ErrorAlert error={roles.error} onRetry={unsupported ? undefined : roles.reload} />
        </SpaceBetween>
      </Container>
    );
  }
  if (!roles.data) {
    return (
      <Container header={header} data-testid="identity-pool-roles">
        <StatusIndicator type="loading">Loading roles</StatusIndicator>
      </Container>
    );
  }
  if (editing) {
    return (
      <RolesEditor
        ref_={ref_}
        pool={pool}
        roles={roles.data}
        onDone={(saved) => {
          setEditing(false);
          if (saved) roles.reload();
        }}
      />
    );
  }
  const mappings = Object.entries(roles.data.roleMappings).map(([provider, m]) => ({ provider, ...m }));
  return (
    <Container header={header} data-testid="identity-pool-roles">
      <SpaceBetween size="m">
        <KeyValuePairs
          columns={2}
          items={[
            { label: 'Authenticated role', value: roles.data.authenticatedRoleArn ?? 'None' },
            {
              label: 'Guest (unauthenticated) role',
              value:
                roles.data.unauthenticatedRoleArn ?? (pool.allowUnauthenticated ? 'None (guests get no role)' : 'None'),
            },
          ]}
        />
        <Table
          variant="embedded"
          header={<Box variant="h3">Role mappings ({mappings.length})</Box>}
          items={mappings}
          trackBy="provider"
          empty="No role mapping: every signed-in identity gets the authenticated role."
          columnDefinitions={[
            { id: 'provider', header: 'Provider', cell: (m) => m.provider, isRowHeader: true },
            { id: 'type', header: 'Type', cell: (m) => (m.Type === 'Token' ? 'Role from token' : 'Rules') },
            {
              id: 'rules',
              header: 'Rules',
              cell: (m) =>
                (m.RulesConfiguration?.Rules ?? [])
                  .map((r) => `${r.Claim} ${r.MatchType} "${r.Value}" → ${r.RoleARN}`)
                  .join('; ') || '-',
            },
            {
              id: 'ambiguous',
              header: 'When ambiguous',
              cell: (m) => (m.AmbiguousRoleResolution === 'Deny' ? 'Deny' : 'Use the authenticated role'),
            },
          ]}
        />
      </SpaceBetween>
    </Container>
  );
}
