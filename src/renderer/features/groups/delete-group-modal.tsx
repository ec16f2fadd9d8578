import { TypedConfirmModal } from '../../components/typed-confirm-modal';

interface Props {
  groupName: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Deleting a group removes every membership in it (the users stay): ask for the name typed out. */
export function DeleteGroupModal({ groupName, busy, onCancel, onConfirm }: Props) {
  return (
    <TypedConfirmModal
      header={`Delete group ${groupName}?`}
      confirmText={groupName}
      inputLabel="Group name to confirm"
      actionLabel="Delete group"
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      This deletes <b>{groupName}</b> and every membership in it. The users themselves are kept. It cannot be undone.
    </TypedConfirmModal>
  );
}
