import Spinner from '@cloudscape-design/components/spinner';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { diffFlat } from '../../../shared/model/flat-diff';
import type { ConfigChange, JsonValue } from '../../../shared/model/pool-config';
import type { ApiError } from '../../api';
import { toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { DiffForm } from './diff-form';
import type { Draft } from './draft-path';

type Flat = Record<string, JsonValue | undefined>;

export interface FeatureFormProps<S extends Flat> {
  draftKey: string;
  /** Reads the settings (flat: one field per choice, absent = not configured). */
  load: () => Promise<S>;
  /** Sends the whole desired settings with the ones the user loaded; returns what changed and the settings now. */
  save: (desired: S, expected: S) => Promise<{ changes: ConfigChange[]; settings: S }>;
  labels: Record<keyof S, string>;
  schema: z.ZodType;
  targetName: string;
  label: string;
  testId: string;
  readOnly: boolean;
  /** Said under UNSUPPORTED: the form still shows (empty) so its checks can be used, but the endpoint cannot save. */
  unsupportedNote: string;
  children: ReactNode;
}

/**
 * A settings form of its own AWS call (not UpdateUserPool): loads, shows UNSUPPORTED when the endpoint lacks the
 * call, computes the diff against what was loaded, and saves through the same diff-and-confirm as the pool editor.
 */
export function FeatureForm<S extends Flat>(props: FeatureFormProps<S>) {
  const { load, save, labels } = props;
  const [settings, setSettings] = useState<S | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  // The diff after a CONFLICT reload must compare with the fresh settings, not the ones of an older render.
  const current = useRef<S | undefined>(undefined);
  const reload = useCallback(
    () =>
      load().then(
        (fresh) => {
          current.current = fresh;
          setSettings(fresh);
          setError(undefined);
        },
        (e: unknown) => setError(toApiError(e)),
      ),
    [load],
  );
  useEffect(() => void reload(), [reload]);
  const paths = useMemo(() => Object.keys(labels), [labels]);

  const unsupported = error?.code === 'UNSUPPORTED';
  if (error && !unsupported) return <ErrorAlert error={error} onRetry={() => void reload()} />;
  if (!settings && !unsupported) return <Spinner size="large" />;
  const loaded = settings ?? ({} as S);
  const preview = (draft: Draft) =>
    Promise.resolve({ changes: diffFlat(current.current ?? loaded, draft as S, labels) });
  const apply = async (draft: Draft) => {
    const result = await save(draft as S, current.current ?? loaded);
    current.current = result.settings;
    setSettings(result.settings);
    return result;
  };
  return (
    <SpaceBetween size="m">
      {unsupported && error ? (
        <SpaceBetween size="xs">
          <ErrorAlert error={error} />
          <div data-testid={`${props.testId}-unsupported`}>{props.unsupportedNote}</div>
        </SpaceBetween>
      ) : null}
      <DiffForm
        draftKey={props.draftKey}
        settings={loaded}
        paths={paths}
        schema={props.schema}
        targetName={props.targetName}
        label={props.label}
        testId={props.testId}
        readOnly={props.readOnly}
        preview={preview}
        apply={apply}
        reload={reload}
      >
        {props.children}
      </DiffForm>
    </SpaceBetween>
  );
}
