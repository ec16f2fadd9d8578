import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

interface Props {
  groupName: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Deleting a group removes every membership in it (the users stay): ask for the name typed out. */
export function DeleteGroupModal({ groupName, busy, onCancel, onConfirm }: Props) {
  const [typed, setTyped] = useState('');
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Delete group ${groupName}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" disabled={typed !== groupName} loading={busy} onClick={onConfirm}>
              Delete group
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>
          This deletes <b>{groupName}</b> and every membership in it. The users themselves are kept. It cannot be
          undone.
        </Box>
        <FormField label={`Type ${groupName} to confirm`}>
          <Input value={typed} onChange={(e) => setTyped(e.detail.value)} ariaLabel="Group name to confirm" autoFocus />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
