import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ModalFooter } from './modal-footer';

interface Props {
  header: string;
  /** What the user must type, exactly: the name of what is deleted, or a count. */
  confirmText: string;
  /** The input's accessible name, e.g. "Pool name to confirm". */
  inputLabel: string;
  actionLabel: string;
  busy: boolean;
  /** Keeps the action disabled whatever is typed, e.g. while deletion protection is on. */
  blocked?: boolean;
  /** Shown above the description, e.g. the reason the action is blocked and how to unblock it. */
  notice?: ReactNode;
  /** What will change, named (UI.md: destructive actions say what they change). */
  children: ReactNode;
  onCancel: () => void;
  onConfirm: (typed: string) => void;
}

/** The one destructive-action dialog: it names what changes and works only once the name is typed out. */
export function TypedConfirmModal({
  header,
  confirmText,
  inputLabel,
  actionLabel,
  busy,
  blocked,
  notice,
  children,
  onCancel,
  onConfirm,
}: Props) {
  const [typed, setTyped] = useState('');
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={header}
      footer={
        <ModalFooter
          onCancel={onCancel}
          disabled={blocked === true || typed.trim() !== confirmText}
          loading={busy}
          onConfirm={() => onConfirm(typed.trim())}
        >
          {actionLabel}
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {notice}
        <Box>{children}</Box>
        <FormField label={`Type ${confirmText} to confirm`}>
          <Input value={typed} onChange={(e) => setTyped(e.detail.value)} ariaLabel={inputLabel} autoFocus />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
