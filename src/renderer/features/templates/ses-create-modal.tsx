import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { sesTemplateNameSchema } from '../../../shared/model/ses-templates';
import type { SesTemplate } from '../../../shared/model/ses-templates';
import { call, toApiError } from '../../api';
import type { ApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  connected: ConnectedRef;
  onCancel: () => void;
  onCreated: (template: SesTemplate) => void;
}

/** A starting point that uses a variable, so the data JSON and the preview have something to show. */
const starter = (name: string): SesTemplate => ({
  name,
  subject: 'Hello {{name}}',
  html: '<h1>Hello {{name}},</h1>\n<p>Write your message here.</p>',
  text: 'Hello {{name}},\n\nWrite your message here.',
});

/** Creates an SES template (CreateEmailTemplate) with starter content, then opens it in the editor. */
export function SesCreateModal({ connected, onCancel, onCreated }: Props) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const check = sesTemplateNameSchema.safeParse(name);
  const create = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onCreated(await call('sesTemplates:create', { ...connected, template: starter(name) }));
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header="Create SES email template"
      footer={
        <ModalFooter onCancel={onCancel} disabled={!check.success} loading={busy} onConfirm={() => void create()}>
          Create
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField
          label="Template name"
          description="Used by SendEmail to name the template; it cannot be changed later."
          constraintText="Up to 64 letters, digits, underscores (_) or dashes (-)."
          errorText={name && !check.success ? check.error.issues[0]?.message : undefined}
        >
          <Input value={name} onChange={(e) => setName(e.detail.value)} ariaLabel="Template name" autoFocus />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
