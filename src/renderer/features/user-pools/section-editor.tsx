import { poolFormSchema } from '../../../shared/model/pool-form-rules';
import type { PoolConfig } from '../../../shared/model/pool-config';
import type { ReactNode } from 'react';
import type { PoolRef } from '../../stores/pool-config';
import { draftKey, usePoolConfig } from '../../stores/pool-config';
import { DiffForm } from './diff-form';

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

/** A section of the pool editor: a DiffForm over the pool's settings, saved with userPools:update. */
export function SectionEditor({ poolRef, config, id, label, paths, readOnly, children }: Props) {
  const { preview, apply, load } = usePoolConfig();
  return (
    <DiffForm
      draftKey={draftKey(poolRef, id)}
      settings={config.settings}
      paths={paths}
      schema={poolFormSchema}
      targetName={config.name}
      label={label}
      testId={`section-${id}`}
      readOnly={readOnly}
      preview={(draft) => preview(poolRef, draft)}
      apply={(draft) => apply(poolRef, draft)}
      reload={() => load(poolRef)}
    >
      {children}
    </DiffForm>
  );
}
