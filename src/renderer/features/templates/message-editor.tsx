import { useMemo, useState } from 'react';
import type { PoolConfig } from '../../../shared/model/pool-config';
import { poolEditSchema } from '../../../shared/model/pool-config';
import { KINDS } from '../../../shared/templates/kinds';
import { lintMessage } from '../../../shared/templates/lint';
import type { PoolRef } from '../../stores/pool-config';
import { draftKey, usePoolConfig } from '../../stores/pool-config';
import { DiffForm } from '../user-pools/diff-form';
import type { Draft } from '../user-pools/draft-path';
import { getAt } from '../user-pools/draft-path';
import { newSample } from './email-document';
import { MessageFields } from './message-fields';
import type { PoolMessage } from '../../../shared/templates/pool-messages';
import { withDefaults } from '../../../shared/templates/pool-messages';

interface Props {
  poolRef: PoolRef;
  config: PoolConfig;
  message: PoolMessage;
  readOnly: boolean;
  dark: boolean;
}

const str = (draft: Draft, path: string | undefined): string | undefined => {
  const value = path ? getAt(draft, path) : undefined;
  return typeof value === 'string' ? value : undefined;
};

/**
 * One message of a pool, saved through the pool editor's own path: preview the diff, confirm, read-modify-write.
 * The lint's errors join the schema's, so Save stays disabled (and no call is made) while any remain.
 */
export function MessageEditor({ poolRef, config, message, readOnly, dark }: Props) {
  const { preview, apply, load } = usePoolConfig();
  const [sample] = useState(newSample);
  const sendingAccount = str(config.settings, 'EmailConfiguration.EmailSendingAccount');
  const settings = useMemo(() => withDefaults(config.settings, message), [config.settings, message]);
  const paths = useMemo(
    () => (message.subjectPath ? [message.subjectPath, message.bodyPath] : [message.bodyPath]),
    [message],
  );
  const schema = useMemo(
    () =>
      poolEditSchema.superRefine((edit, ctx) => {
        const draft = edit as Draft;
        const findings = lintMessage({
          kind: message.kind,
          subject: str(draft, message.subjectPath),
          body: str(draft, message.bodyPath) ?? '',
          sendingAccount,
        });
        for (const f of findings.filter((x) => x.severity === 'error')) {
          const path = f.field === 'subject' ? (message.subjectPath ?? '') : message.bodyPath;
          ctx.addIssue({ code: 'custom', path: path.split('.'), message: f.message });
        }
      }),
    [message, sendingAccount],
  );
  return (
    <DiffForm
      draftKey={draftKey(poolRef, `template-${message.kind}`)}
      settings={settings}
      paths={paths}
      schema={schema}
      targetName={config.name}
      label={KINDS[message.kind].label.toLowerCase()}
      testId="template-editor"
      readOnly={readOnly}
      preview={(draft) => preview(poolRef, draft)}
      apply={(draft) => apply(poolRef, draft)}
      reload={() => load(poolRef)}
    >
      <MessageFields message={message} sendingAccount={sendingAccount} sample={sample} dark={dark} />
    </DiffForm>
  );
}
