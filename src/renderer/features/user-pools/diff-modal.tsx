import Box from '@cloudscape-design/components/box';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { ConfigChange, JsonValue } from '../../../shared/model/pool-config';
import { valueLabelOf } from '../../../shared/model/pool-labels';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  targetName: string;
  changes: ConfigChange[];
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A value as a person reads it; "not set" rather than an empty cell, so a removal is visible. */
export function formatValue(value: JsonValue | undefined, path = ''): string {
  if (value === undefined || value === null) return '(not set)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return value.join(', ');
    return value.map((v) => JSON.stringify(v)).join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'string' ? valueLabelOf(path, value) : String(value);
}

export const changesTitle = (n: number): string => `${n} setting${n === 1 ? '' : 's'} will change`;

/** The field-by-field diff of a save; nothing is written until Apply. */
export function DiffModal({ targetName, changes, busy, onCancel, onConfirm }: Props) {
  return (
    <Modal
      visible
      size="large"
      onDismiss={onCancel}
      header={changesTitle(changes.length)}
      data-testid="diff-modal"
      footer={
        <ModalFooter onCancel={onCancel} loading={busy} onConfirm={onConfirm}>
          Apply {changes.length} change{changes.length === 1 ? '' : 's'}
        </ModalFooter>
      }
    >
      <SpaceBetween size="s">
        <Box>
          Applying updates <b>{targetName}</b>. Every other setting is sent back exactly as it is now.
        </Box>
        <Table
          variant="embedded"
          wrapLines
          items={changes}
          trackBy="path"
          ariaLabels={{ tableLabel: 'Changes' }}
          columnDefinitions={[
            { id: 'label', header: 'Setting', cell: (c) => c.label, width: 280 },
            {
              id: 'before',
              header: 'Before',
              cell: (c) => <Box color="text-status-error">{formatValue(c.before, c.path)}</Box>,
            },
            {
              id: 'after',
              header: 'After',
              cell: (c) => <Box color="text-status-success">{formatValue(c.after, c.path)}</Box>,
            },
          ]}
        />
      </SpaceBetween>
    </Modal>
  );
}
