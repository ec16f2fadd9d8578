import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { AppClientSummary } from '../../../shared/model/pool-clients';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  client: AppClientSummary;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (confirmName: string) => void;
}

/** Names what stops working and asks for the client name typed out. */
export function DeleteClientModal({ client, busy, onCancel, onConfirm }: Props) {
  const [typed, setTyped] = useState('');
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Delete app client ${client.name}?`}
      footer={
        <ModalFooter
          onCancel={onCancel}
          disabled={typed !== client.name}
          loading={busy}
          onConfirm={() => onConfirm(typed)}
        >
          Delete app client
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <Box>
          Apps using <b>{client.name}</b> ({client.clientId}) can no longer sign users in or refresh their tokens. It
          cannot be undone.
        </Box>
        <FormField label={`Type ${client.name} to confirm`}>
          <Input
            value={typed}
            onChange={(e) => setTyped(e.detail.value)}
            ariaLabel="App client name to confirm"
            autoFocus
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
