import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

interface Props {
  onCancel: () => void;
  onConfirm: () => void;
  disabled?: boolean;
  loading?: boolean;
  /** The primary button's label: it names what the action does ("Create identity", "Delete 3 users"). */
  children: ReactNode;
}

/** A modal's footer: Cancel, then the one primary action, right-aligned (UI.md). */
export function ModalFooter({ onCancel, onConfirm, disabled, loading, children }: Props) {
  return (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        <Button variant="link" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" disabled={disabled} loading={loading} onClick={onConfirm}>
          {children}
        </Button>
      </SpaceBetween>
    </Box>
  );
}
