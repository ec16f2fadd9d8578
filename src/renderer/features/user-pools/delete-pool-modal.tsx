import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { UserPoolSummary } from '../../../shared/model/user-pools';

interface Props {
  pool: UserPoolSummary;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (confirmName: string) => void;
  /** Turns deletion protection off (one UpdateUserPool through the safe path); the pool can then be deleted. */
  onTurnOffProtection: () => void;
}

/** Names what will be deleted and asks for the pool name typed out before the button works. */
export function DeletePoolModal({ pool, busy, onCancel, onConfirm, onTurnOffProtection }: Props) {
  const [typed, setTyped] = useState('');
  const matches = typed === pool.name;
  const protectedPool = pool.deletionProtection === true;
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Delete user pool ${pool.name}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!matches || protectedPool}
              loading={busy}
              onClick={() => onConfirm(typed)}
            >
              Delete pool
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {protectedPool ? (
          <Alert
            type="warning"
            header="Deletion protection is on"
            action={
              <Button loading={busy} onClick={onTurnOffProtection}>
                Turn off deletion protection
              </Button>
            }
          >
            Cognito refuses to delete this pool until deletion protection is turned off. Turning it off changes only
            that setting.
          </Alert>
        ) : null}
        <Box>
          This permanently deletes <b>{pool.name}</b> ({pool.id})
          {typeof pool.estimatedUsers === 'number' ? ` and its ${pool.estimatedUsers} users` : ''}, with its groups, app
          clients and settings. It cannot be undone.
        </Box>
        <FormField label={`Type ${pool.name} to confirm`}>
          <Input value={typed} onChange={(e) => setTyped(e.detail.value)} ariaLabel="Pool name to confirm" autoFocus />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
