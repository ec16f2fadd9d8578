import { TypedConfirmModal } from '../../components/typed-confirm-modal';
import type { SesIdentity } from '../../../shared/model/ses';

interface Props {
  identity: SesIdentity;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (typed: string) => void;
}

/** Names what stops: every pool or app sending from this identity. */
export function DeleteIdentityModal({ identity, busy, onCancel, onConfirm }: Props) {
  return (
    <TypedConfirmModal
      header={`Delete identity ${identity.name}?`}
      confirmText={identity.name}
      inputLabel="Identity to confirm"
      actionLabel="Delete identity"
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      Pools and apps sending from <b>{identity.name}</b> stop delivering email until it is created and verified again
      {identity.type === 'DOMAIN' ? ' (with new DKIM records)' : ''}.
    </TypedConfirmModal>
  );
}
