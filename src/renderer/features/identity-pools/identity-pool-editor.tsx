import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import type { IdentityPoolEdit, IdentityPoolSettings } from '../../../shared/model/identity-pool-settings';
import type { IdentityPoolDetail } from '../../../shared/model/identity-pools';
import type { ConfigChange } from '../../../shared/model/pool-config';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { useUi } from '../../stores/ui';
import { DiffModal } from '../user-pools/diff-modal';
import type { PoolDraft } from './identity-pool-draft';
import { draftOf, problemsOf, settingsOf } from './identity-pool-draft';
import { PoolSettingsFields } from './pool-settings-fields';

interface Props {
  ref_: ConnectedRef;
  pool: IdentityPoolDetail;
  onDone: (saved: boolean) => void;
}

/** Only the fields the user changed; main merges them onto a fresh describe and sends the whole pool. */
function editOf(loaded: IdentityPoolSettings, now: IdentityPoolSettings): IdentityPoolEdit {
  const keys = Object.keys(now) as (keyof IdentityPoolSettings)[];
  const changed = keys.filter((k) => JSON.stringify(loaded[k]) !== JSON.stringify(now[k]));
  return Object.fromEntries(changed.map((k) => [k, now[k]]));
}

/** Edits an identity pool: Save shows the field diff against the pool as it is now; Apply sends it. */
export function IdentityPoolEditor({ ref_, pool, onDone }: Props) {
  const toast = useUi((s) => s.toast);
  const loaded = useMemo(() => draftOf(pool), [pool]);
  const [draft, setDraft] = useState<PoolDraft>(loaded);
  const [changes, setChanges] = useState<ConfigChange[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const problems = useMemo(() => problemsOf(draft), [draft]);
  const edit = useMemo(() => editOf(settingsOf(loaded), settingsOf(draft)), [loaded, draft]);
  const dirty = Object.keys(edit).length > 0;
  const invalid = Object.keys(problems).length > 0;
  const target = { ...ref_, identityPoolId: pool.id };

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

  const save = () =>
    void run(async () => {
      setNotice(undefined);
      const preview = await call('identityPools:preview-update', { ...target, edit });
      if (preview.changes.length === 0) setNotice('Nothing would change: these settings are already in place.');
      else setChanges(preview.changes);
    });

  const apply = () =>
    void run(async () => {
      const result = await call('identityPools:update', { ...target, edit });
      setChanges(undefined);
      const n = result.changes.length;
      toast({ type: 'success', header: `Saved ${pool.name}`, content: `${n} setting${n === 1 ? '' : 's'} changed.` });
      if (result.notKept.length > 0) {
        toast({
          type: 'warning',
          header: 'The endpoint answered OK but did not keep every change',
          content: `Not kept: ${result.notKept.join(', ')}. An emulator may not implement these fields.`,
        });
      }
      onDone(true);
    });

  return (
    <Form
      data-testid="identity-pool-editor"
      header={<Header variant="h2">Edit {pool.name}</Header>}
      errorText={dirty && invalid ? 'Fix the highlighted fields before saving.' : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" disabled={busy} onClick={() => onDone(false)}>
            Cancel
          </Button>
          <Button variant="primary" disabled={!dirty || invalid} loading={busy && !changes} onClick={save}>
            Save changes
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        {notice ? <Alert type="info">{notice}</Alert> : null}
        {error ? <ErrorAlert error={error} onRetry={save} /> : null}
        <Container>
          <PoolSettingsFields
            ref_={ref_}
            draft={draft}
            set={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            problems={problems}
            shown={() => true}
            disabled={busy}
          />
        </Container>
        <Container header={<Header variant="h3">Fixed after creation</Header>}>
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'Developer provider name', value: pool.developerProviderName ?? 'None' },
              { label: 'Identity pool ID', value: pool.id },
            ]}
          />
        </Container>
      </SpaceBetween>
      {changes ? (
        <DiffModal
          targetName={pool.name}
          changes={changes}
          busy={busy}
          onCancel={() => setChanges(undefined)}
          onConfirm={apply}
        />
      ) : null}
    </Form>
  );
}
