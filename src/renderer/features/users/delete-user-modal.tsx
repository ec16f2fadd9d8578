import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

interface Props {
  username: string;
  /** The email, when the pool signs in by email and the username is an opaque id: what the admin knows and types. */
  email?: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}

/** Names the user and asks for their name (the email where the username is an opaque id) typed out. */
export function DeleteUserModal({ username, email, busy, onCancel, onConfirm }: Props) {
  const [typed, setTyped] = useState('');
  const confirmWord = email ?? username;
  const who = email ? `${email} (${username})` : username;
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Delete user ${confirmWord}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={typed.trim() !== confirmWord}
              loading={busy}
              onClick={() => void onConfirm()}
            >
              Delete user
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>
          This permanently deletes <b>{who}</b>, their attributes, group memberships and devices. It cannot be undone.
        </Box>
        <FormField label={`Type ${confirmWord} to confirm`}>
          <Input value={typed} onChange={(e) => setTyped(e.detail.value)} ariaLabel="Username to confirm" autoFocus />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
