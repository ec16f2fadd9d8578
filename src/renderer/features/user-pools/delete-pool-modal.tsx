import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import type { UserPoolSummary } from '../../../shared/model/user-pools';
import { TypedConfirmModal } from '../../components/typed-confirm-modal';

interface Props {
  pool: UserPoolSummary;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (confirmName: string) => void;
  /** Turns deletion protection off (one UpdateUserPool through the safe path); the pool can then be deleted. */
  onTurnOffProtection: () => void;
}

/** Names what will be deleted and asks for the pool name typed out; while protection is on, offers to turn it off. */
export function DeletePoolModal({ pool, busy, onCancel, onConfirm, onTurnOffProtection }: Props) {
  const protectedPool = pool.deletionProtection === true;
  return (
    <TypedConfirmModal
      header={`Delete user pool ${pool.name}?`}
      confirmText={pool.name}
      inputLabel="Pool name to confirm"
      actionLabel="Delete pool"
      busy={busy}
      blocked={protectedPool}
      onCancel={onCancel}
      onConfirm={onConfirm}
      notice={
        protectedPool ? (
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
        ) : null
      }
    >
      This permanently deletes <b>{pool.name}</b> ({pool.id})
      {typeof pool.estimatedUsers === 'number' ? ` and its ${pool.estimatedUsers} users` : ''}, with its groups, app
      clients and settings. It cannot be undone.
    </TypedConfirmModal>
  );
}
