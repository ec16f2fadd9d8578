import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import type { ConfigChange } from '../../../shared/model/pool-config';
import type { ApiError } from '../../api';
import { toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { usePoolConfig } from '../../stores/pool-config';
import { useUi } from '../../stores/ui';
import { DiffModal } from './diff-modal';
import type { Draft } from './draft-path';
import { cleanDraft, pickPaths, sameJson, setAt } from './draft-path';
import { SectionContext } from './section-fields';

export interface Outcome {
  changes: ConfigChange[];
}

export interface DiffFormProps {
  /** Where the unsaved draft lives in the store (guarded on navigation). */
  draftKey: string;
  /** The loaded settings the draft starts from. */
  settings: Record<string, unknown>;
  /** The settings this form edits, as dotted paths. */
  paths: readonly string[];
  schema: z.ZodType;
  /** What is being changed, e.g. the pool name; and the section, for "Save <label>". */
  targetName: string;
  label: string;
  testId: string;
  readOnly: boolean;
  preview: (draft: Draft) => Promise<Outcome>;
  apply: (draft: Draft) => Promise<Outcome>;
  /** Reloads the target after CONFLICT, so the recomputed diff is against what it is now. */
  reload: () => Promise<void>;
  children: ReactNode;
}

/** Field problems by dotted path; validation runs as the user types, and Save makes no call while any remain. */
function validate(schema: z.ZodType, draft: Draft): Record<string, string> {
  const result = schema.safeParse(draft);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // A list item's problem also shows on the list's own field ("CallbackURLs.1" -> "CallbackURLs").
    const parts = issue.path.map(String);
    for (let n = parts.length; n >= 1; n--) errors[parts.slice(0, n).join('.')] ??= issue.message;
  }
  return errors;
}

/** A form over part of some settings: validates as you type; Save previews the diff, Apply sends it. */
export function DiffForm(props: DiffFormProps) {
  const { draftKey: key, settings, paths, schema, targetName, label, testId, readOnly, children } = props;
  const drafts = usePoolConfig((s) => s.drafts);
  const setDraft = usePoolConfig((s) => s.setDraft);
  const toast = useUi((s) => s.toast);
  const loaded = useMemo(() => pickPaths(settings, paths), [settings, paths]);
  const draft = (drafts[key] as Draft | undefined) ?? loaded;
  // Blank lines of list fields are how a person starts typing the next item: never sent, never an error.
  const clean = useMemo(() => cleanDraft(draft), [draft]);
  const dirty = !sameJson(clean, loaded);
  const errors = useMemo(() => validate(schema, clean), [schema, clean]);
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
    await props.reload();
    setNotice('This was changed elsewhere since you loaded it. The changes below were recomputed against it.');
    const fresh = await props.preview(clean);
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
      const result = await props.preview(clean);
      if (result.changes.length === 0) {
        setDraft(key, undefined);
        setNotice('Nothing would change: these settings are already in place.');
      } else setChanges(result.changes);
    });
  };

  const confirm = () =>
    void run(async () => {
      const result = await props.apply(clean);
      setChanges(undefined);
      setDraft(key, undefined);
      toast({
        type: 'success',
        header: `Saved ${label}`,
        content: `${result.changes.length} setting${result.changes.length === 1 ? '' : 's'} changed on ${targetName}.`,
      });
    });

  const invalid = Object.keys(errors).length > 0;
  return (
    <SectionContext.Provider value={{ draft, set, errors, readOnly: readOnly || busy }}>
      <Form
        data-testid={testId}
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
          targetName={targetName}
          changes={changes}
          busy={busy}
          onCancel={() => setChanges(undefined)}
          onConfirm={confirm}
        />
      ) : null}
    </SectionContext.Provider>
  );
}
