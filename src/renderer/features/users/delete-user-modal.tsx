import { TypedConfirmModal } from '../../components/typed-confirm-modal';

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
  const confirmWord = email ?? username;
  const who = email ? `${email} (${username})` : username;
  return (
    <TypedConfirmModal
      header={`Delete user ${confirmWord}?`}
      confirmText={confirmWord}
      inputLabel="Username to confirm"
      actionLabel="Delete user"
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => void onConfirm()}
    >
      This permanently deletes <b>{who}</b>, their attributes, group memberships and devices. It cannot be undone.
    </TypedConfirmModal>
  );
}
