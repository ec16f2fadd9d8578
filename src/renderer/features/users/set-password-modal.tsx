import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { generatePassword, PasswordField } from './password-field';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  username: string;
  onCancel: () => void;
  onSubmit: (password: string, permanent: boolean) => Promise<void>;
}

/** AdminSetUserPassword: temporary (the user must change it at next sign-in) or permanent. */
export function SetPasswordModal({ username, onCancel, onSubmit }: Props) {
  const [password, setPassword] = useState(() => generatePassword());
  const [permanent, setPermanent] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Set the password of ${username}`}
      footer={
        <ModalFooter
          onCancel={onCancel}
          disabled={password.length === 0}
          loading={busy}
          onConfirm={() => {
            setBusy(true);
            void onSubmit(password, permanent).finally(() => setBusy(false));
          }}
        >
          Set password
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Password" description="Must meet the pool's password policy; Cognito checks it.">
          <PasswordField value={password} onChange={setPassword} ariaLabel="New password" />
        </FormField>
        <Checkbox checked={permanent} onChange={(e) => setPermanent(e.detail.checked)}>
          Permanent (otherwise the user must choose a new password at next sign-in)
        </Checkbox>
      </SpaceBetween>
    </Modal>
  );
}
