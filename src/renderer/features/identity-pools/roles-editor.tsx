import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import type { IdentityPoolDetail } from '../../../shared/model/identity-pools';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { useUi } from '../../stores/ui';
import { MappingEditor } from './mapping-editor';
import type { MappingDraft, RolesDraft, RolesView } from './roles-draft';
import { mappingProviders, rolesDraftOf, rolesOf, rolesProblems } from './roles-draft';

interface Props {
  ref_: ConnectedRef;
  pool: IdentityPoolDetail;
  roles: RolesView;
  onDone: (saved: boolean) => void;
}

/** SetIdentityPoolRoles replaces roles and every mapping: the form holds the whole wanted state. */
export function RolesEditor({ ref_, pool, roles, onDone }: Props) {
  const toast = useUi((s) => s.toast);
  const [draft, setDraft] = useState<RolesDraft>(() => rolesDraftOf(roles));
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const problems = useMemo(() => rolesProblems(draft), [draft]);
  const invalid = Object.keys(problems).length > 0;
  const shown = (k: string) => (tried ? problems[k] : undefined);
  const free = mappingProviders(pool).filter((p) => !draft.mappings.some((m) => m.provider === p));
  const [adding, setAdding] = useState<string | undefined>();

  const setMapping = (i: number, m: MappingDraft | undefined) =>
    setDraft((d) => ({
      ...d,
      mappings: m ? d.mappings.map((x, n) => (n === i ? m : x)) : d.mappings.filter((_, n) => n !== i),
    }));

  const apply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await call('identityPools:set-roles', { ...ref_, identityPoolId: pool.id, roles: rolesOf(draft) });
      toast({ type: 'success', header: `Saved the roles of ${pool.name}` });
      onDone(true);
    } catch (e) {
      setError(toApiError(e));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      data-testid="roles-editor"
      header={<Header variant="h2">Edit roles of {pool.name}</Header>}
      errorText={tried && invalid ? 'Fix the highlighted fields before saving.' : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => onDone(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            onClick={() => {
              setTried(true);
              if (!invalid) setConfirming(true);
            }}
          >
            Save roles
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        {error ? <ErrorAlert error={error} /> : null}
        <Container>
          <ColumnLayout columns={2}>
            <FormField label="Authenticated role ARN" errorText={shown('authenticated')}>
              <Input
                value={draft.authenticated}
                ariaLabel="Authenticated role ARN"
                placeholder="arn:aws:iam::123456789012:role/MyAuthRole"
                onChange={(e) => setDraft((d) => ({ ...d, authenticated: e.detail.value }))}
              />
            </FormField>
            <FormField label="Guest (unauthenticated) role ARN" errorText={shown('unauthenticated')}>
              <Input
                value={draft.unauthenticated}
                ariaLabel="Guest role ARN"
                placeholder="arn:aws:iam::123456789012:role/MyGuestRole"
                onChange={(e) => setDraft((d) => ({ ...d, unauthenticated: e.detail.value }))}
              />
            </FormField>
          </ColumnLayout>
        </Container>
        {draft.mappings.map((m, i) => (
          <MappingEditor
            key={m.provider}
            mapping={m}
            problem={(k) => shown(k === '' ? `mapping.${i}` : `mapping.${i}.${k}`)}
            onChange={(next) => setMapping(i, next)}
          />
        ))}
        <SpaceBetween direction="horizontal" size="xs">
          <Select
            ariaLabel="Provider to map"
            placeholder={free.length ? 'Choose a provider of this pool' : 'Every provider has a mapping'}
            disabled={free.length === 0}
            selectedOption={adding ? { value: adding, label: adding } : null}
            options={free.map((p) => ({ value: p, label: p }))}
            onChange={(e) => setAdding(e.detail.selectedOption.value)}
          />
          <Button
            disabled={!adding}
            onClick={() => {
              if (!adding) return;
              const next: MappingDraft = {
                provider: adding,
                Type: 'Token',
                AmbiguousRoleResolution: 'Deny',
                rules: [],
              };
              setDraft((d) => ({ ...d, mappings: [...d.mappings, next] }));
              setAdding(undefined);
            }}
          >
            Add role mapping
          </Button>
        </SpaceBetween>
      </SpaceBetween>
      {confirming ? (
        <Modal
          visible
          header={`Replace the roles of ${pool.name}?`}
          onDismiss={() => setConfirming(false)}
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button variant="primary" loading={busy} onClick={() => void apply()}>
                  Replace roles
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          SetIdentityPoolRoles replaces both roles and every role mapping of <b>{pool.name}</b> with this form:{' '}
          {draft.mappings.length} mapping{draft.mappings.length === 1 ? '' : 's'}; a role left empty is removed.
        </Modal>
      ) : null}
    </Form>
  );
}
