import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { PoolRef, UserAction, UserDetail } from '../../../shared/model/users';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { usePanel } from '../../stores/users-panel';
import { useUsers } from '../../stores/users';
import { DeleteUserModal } from './delete-user-modal';
import { SetPasswordModal } from './set-password-modal';
import { useWrite } from './use-write';

interface Props {
  poolRef: PoolRef;
  detail: UserDetail;
  onChanged: () => Promise<void>;
}

const DONE: Record<Exclude<UserAction, 'delete'>, string> = {
  enable: 'Enabled',
  disable: 'Disabled',
  'reset-password': 'Password reset for',
  'confirm-sign-up': 'Confirmed sign-up of',
  'global-sign-out': 'Signed out everywhere:',
  'resend-invitation': 'Invitation re-sent to',
};

/** The actions on one user; each is one call, then the detail (and the grid row) is read again. */
export function UserActions({ poolRef, detail, onChanged }: Props) {
  const { busy, error, run, clearError } = useWrite();
  const [modal, setModal] = useState<'password' | 'delete' | undefined>();
  const removeRows = useUsers((s) => s.removeMany);
  const closePanel = usePanel((s) => s.discardAndClose);
  const user = { ...poolRef, username: detail.username };
  // Opaque usernames (sub-like ids in email sign-in pools) say less than the email in a toast.
  const who = detail.attributes.email ?? detail.username;

  const act = async (action: Exclude<UserAction, 'delete'>): Promise<void> => {
    const ok = await run(action, () => call('users:action', { ...user, action }), `${DONE[action]} ${who}`);
    if (ok) await onChanged();
  };

  return (
    <SpaceBetween size="s">
      {error ? <ErrorAlert error={error} onRetry={clearError} /> : null}
      <SpaceBetween direction="horizontal" size="xs">
        {detail.enabled ? (
          <Button loading={busy === 'disable'} onClick={() => void act('disable')}>
            Disable
          </Button>
        ) : (
          <Button loading={busy === 'enable'} onClick={() => void act('enable')}>
            Enable
          </Button>
        )}
        <Button onClick={() => setModal('password')}>Set password</Button>
        <Button loading={busy === 'reset-password'} onClick={() => void act('reset-password')}>
          Reset password
        </Button>
        <ButtonDropdown
          loading={busy !== undefined && !['enable', 'disable', 'reset-password'].includes(busy)}
          items={[
            { id: 'confirm-sign-up', text: 'Confirm sign-up', disabled: detail.status !== 'UNCONFIRMED' },
            {
              id: 'resend-invitation',
              text: 'Resend invitation',
              disabled: detail.status !== 'FORCE_CHANGE_PASSWORD',
            },
            { id: 'global-sign-out', text: 'Sign out everywhere (global sign-out)' },
            { id: 'delete', text: 'Delete user' },
          ]}
          onItemClick={(e) => {
            const id = e.detail.id;
            if (id === 'delete') setModal('delete');
            else if (id === 'confirm-sign-up' || id === 'resend-invitation' || id === 'global-sign-out') void act(id);
          }}
        >
          More actions
        </ButtonDropdown>
      </SpaceBetween>
      {modal === 'password' ? (
        <SetPasswordModal
          username={detail.username}
          onCancel={() => setModal(undefined)}
          onSubmit={async (password, permanent) => {
            const ok = await run(
              'password',
              () => call('users:set-password', { ...user, password, permanent }),
              `${permanent ? 'Permanent' : 'Temporary'} password set for ${who}`,
            );
            setModal(undefined);
            if (ok) await onChanged();
          }}
        />
      ) : null}
      {modal === 'delete' ? (
        <DeleteUserModal
          username={detail.username}
          email={detail.attributes.email}
          busy={busy === 'delete'}
          onCancel={() => setModal(undefined)}
          onConfirm={async () => {
            const ok = await run('delete', () => call('users:action', { ...user, action: 'delete' }), `Deleted ${who}`);
            setModal(undefined);
            if (ok) {
              removeRows(poolRef, [detail.username]);
              closePanel();
            }
          }}
        />
      ) : null}
    </SpaceBetween>
  );
}
