import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import type { ConfigChange, PoolConfig } from '../../../shared/model/pool-config';
import { poolEditSchema } from '../../../shared/model/pool-config';
import type { ApiError } from '../../api';
import { toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';
import { draftKey, usePoolConfig } from '../../stores/pool-config';
import { useUi } from '../../stores/ui';
import { DiffModal } from './diff-modal';
import type { Draft } from './draft-path';
import { pickPaths, sameJson, setAt } from './draft-path';
import { SectionContext } from './section-fields';

interface Props {
  poolRef: PoolRef;
  config: PoolConfig;
  /** Names the section in drafts and test ids. */
  id: string;
  /** Names the section in the success message and on the Save button ("Save <label>"). */
  label: string;
  /** The settings this section edits, as dotted paths. */
  paths: readonly string[];
  readOnly: boolean;
  children: ReactNode;
}

/** Field problems by dotted path; validation runs as the user types, and Save makes no call while any remain. */
function validate(draft: Draft): Record<string, string> {
  const result = poolEditSchema.safeParse(draft);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}

/** One editable section: a form over part of the settings; Save previews the diff, Apply sends it. */
export function SectionEditor({ poolRef, config, id, label, paths, readOnly, children }: Props) {
  const { drafts, setDraft, preview, apply, load } = usePoolConfig();
  const toast = useUi((s) => s.toast);
  const key = draftKey(poolRef, id);
  const loaded = useMemo(() => pickPaths(config.settings, paths), [config.settings, paths]);
  const draft = (drafts[key] as Draft | undefined) ?? loaded;
  const dirty = !sameJson(draft, loaded);
  const errors = useMemo(() => validate(draft), [draft]);
  const [changes, setChanges] = useState<ConfigChange[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  // A draft edited back to what was loaded is no draft: nothing to save, nothing to guard.
  const set = (path: string, value: unknown) => {
    const next = setAt(draft, path, value);
    setDraft(key, sameJson(next, loaded) ? undefined : next);
  };

  // A pool changed elsewhere: reload it, say so, and show the diff against what it is now.
  const onConflict = async (): Promise<void> => {
    await load(poolRef);
    setNotice('This pool was changed elsewhere since you loaded it. The changes below were recomputed against it.');
    const fresh = await preview(poolRef, draft);
    setChanges(fresh.changes);
  };

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      const apiError = toApiError(e);
      if (apiError.code === 'CONFLICT') await onConflict().catch((again: unknown) => setError(toApiError(again)));
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    setNotice(undefined);
    if (Object.keys(errors).length > 0) return;
    void run(async () => {
      const result = await preview(poolRef, draft);
      if (result.changes.length === 0) {
        setDraft(key, undefined);
        setNotice('Nothing would change: the pool already has these settings.');
      } else setChanges(result.changes);
    });
  };

  const confirm = () =>
    void run(async () => {
      const result = await apply(poolRef, draft);
      setChanges(undefined);
      setDraft(key, undefined);
      toast({
        type: 'success',
        header: `Saved ${label}`,
        content: `${result.changes.length} setting${result.changes.length === 1 ? '' : 's'} changed on ${config.name}.`,
      });
    });

  const invalid = Object.keys(errors).length > 0;
  return (
    <SectionContext.Provider value={{ draft, set, errors, readOnly: readOnly || busy }}>
      <Form
        data-testid={`section-${id}`}
        actions={
          readOnly ? undefined : (
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" disabled={!dirty || busy} onClick={() => setDraft(key, undefined)}>
                Discard changes
              </Button>
              <Button variant="primary" disabled={!dirty || invalid} loading={busy && !changes} onClick={save}>
                Save {label}
              </Button>
            </SpaceBetween>
          )
        }
        errorText={dirty && invalid ? 'Fix the highlighted fields before saving.' : undefined}
      >
        <SpaceBetween size="l">
          {notice ? (
            <Alert type="info" dismissible onDismiss={() => setNotice(undefined)}>
              {notice}
            </Alert>
          ) : null}
          {error ? <ErrorAlert error={error} onRetry={save} /> : null}
          {children}
        </SpaceBetween>
      </Form>
      {changes ? (
        <DiffModal
          poolName={config.name}
          changes={changes}
          busy={busy}
          onCancel={() => setChanges(undefined)}
          onConfirm={confirm}
        />
      ) : null}
    </SectionContext.Provider>
  );
}
