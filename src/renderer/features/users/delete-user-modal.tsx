import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

interface Props {
  username: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}

/** Names the user and asks for the username typed out before Delete works. */
export function DeleteUserModal({ username, busy, onCancel, onConfirm }: Props) {
  const [typed, setTyped] = useState('');
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Delete user ${username}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" disabled={typed !== username} loading={busy} onClick={() => void onConfirm()}>
              Delete user
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>
          This permanently deletes <b>{username}</b>, their attributes, group memberships and devices. It cannot be
          undone.
        </Box>
        <FormField label={`Type ${username} to confirm`}>
          <Input value={typed} onChange={(e) => setTyped(e.detail.value)} ariaLabel="Username to confirm" autoFocus />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
