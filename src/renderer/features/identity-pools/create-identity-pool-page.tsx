import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useMemo, useState } from 'react';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { navigate } from '../../lib/use-hash-route';
import { useUi } from '../../stores/ui';
import type { PoolDraft } from './identity-pool-draft';
import { createOf, emptyDraft, problemsOf } from './identity-pool-draft';
import { PoolSettingsFields } from './pool-settings-fields';

/** A new identity pool: validated as you type; Create makes no call while a field is wrong. */
export function CreateIdentityPoolPage({ ref_, readOnly }: { ref_: ConnectedRef; readOnly: boolean }) {
  const toast = useUi((s) => s.toast);
  const [draft, setDraft] = useState<PoolDraft>(emptyDraft);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [all, setAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const problems = useMemo(() => problemsOf(draft), [draft]);
  const shown = (field: string) => all || touched.has(field.split('.')[0] ?? field) || touched.has(field);

  const set = (patch: Partial<PoolDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    const fields = Object.keys(patch).flatMap((k) =>
      k === 'social' ? Object.keys(patch.social ?? {}).map((s) => `social.${s}`) : [k],
    );
    setTouched((t) => new Set([...t, ...fields]));
  };

  const create = async () => {
    setAll(true);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const created = await call('identityPools:create', { ...ref_, pool: createOf(draft) });
      toast({ type: 'success', header: `Created identity pool ${created.name}`, content: created.id });
      navigate(`#/identity-pools/${encodeURIComponent(created.id)}`);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      data-testid="create-identity-pool"
      header={
        <Header variant="h1" description={`A Cognito identity pool in ${ref_.region}`}>
          Create identity pool
        </Header>
      }
      errorText={all && Object.keys(problems).length > 0 ? 'Fix the highlighted fields before creating.' : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate('#/identity-pools')}>
            Cancel
          </Button>
          <Button variant="primary" loading={busy} disabled={readOnly} onClick={() => void create()}>
            Create identity pool
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        {error ? <ErrorAlert error={error} onRetry={() => void create()} /> : null}
        <Container header={<Header variant="h2">Identity pool</Header>}>
          <PoolSettingsFields ref_={ref_} draft={draft} set={set} problems={problems} shown={shown} />
        </Container>
        <Container header={<Header variant="h2">Set at creation</Header>}>
          <SpaceBetween size="m">
            <FormField
              label="Developer provider name (optional)"
              description="For your own authentication backend (developer-authenticated identities)."
              constraintText="Fixed after creation: it cannot be changed or removed later. Letters, digits and . _ -"
              errorText={shown('developerProviderName') ? problems.developerProviderName : undefined}
            >
              <Input
                value={draft.developerProviderName}
                ariaLabel="Developer provider name"
                placeholder="login.mycompany.myapp"
                onChange={(e) => set({ developerProviderName: e.detail.value })}
              />
            </FormField>
            <FormField
              label="Tags (optional)"
              constraintText="key=value, one per line; at most 50."
              errorText={shown('tags') ? problems.tags : undefined}
            >
              <Textarea value={draft.tags} rows={2} ariaLabel="Tags" onChange={(e) => set({ tags: e.detail.value })} />
            </FormField>
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </Form>
  );
}
