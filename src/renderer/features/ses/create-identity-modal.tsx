import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { identityNameSchema } from '../../../shared/model/ses';
import type { SesIdentity } from '../../../shared/model/ses';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  ref_: ConnectedRef;
  /** Prefilled, e.g. the missing FROM address of a pre-flight finding. */
  initial?: string;
  onCancel: () => void;
  onCreated: (identity: SesIdentity) => void;
}

/** An email address (SES mails it a verification link) or a domain (Easy DKIM: three CNAME records to publish). */
export function CreateIdentityModal({ ref_, initial, onCancel, onCreated }: Props) {
  const [name, setName] = useState(initial ?? '');
  const [touched, setTouched] = useState(Boolean(initial));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const parsed = identityNameSchema.safeParse(name);
  const isEmail = name.includes('@');
  const create = () => {
    if (!parsed.success) return;
    setBusy(true);
    setError(undefined);
    call('ses:create-identity', { ...ref_, identity: parsed.data }).then(onCreated, (e: unknown) => {
      setError(toApiError(e));
      setBusy(false);
    });
  };
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Create an SES identity in ${ref_.region}`}
      footer={
        <ModalFooter onCancel={onCancel} disabled={!parsed.success} loading={busy} onConfirm={create}>
          Create identity
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField
          label="Email address or domain"
          description={
            isEmail
              ? 'SES sends a verification link to this address; it can send once the link is opened.'
              : 'A domain is verified with Easy DKIM: publish the three CNAME records shown after creation.'
          }
          errorText={touched && !parsed.success ? parsed.error.issues[0]?.message : undefined}
        >
          <Input
            value={name}
            onChange={(e) => setName(e.detail.value)}
            onBlur={() => setTouched(true)}
            placeholder="no-reply@example.com or example.com"
            ariaLabel="Email address or domain"
            autoFocus
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
