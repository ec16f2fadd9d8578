import Button from '@cloudscape-design/components/button';
import { useState } from 'react';
import type { PoolRef, UserMfa, UserRow } from '../../../shared/model/users';
import { call, toApiError } from '../../api';
import { useUi } from '../../stores/ui';
import { useUsers } from '../../stores/users';

/** users:mfa takes 100 names a call; past 1,000 users a read takes long enough to deserve a job of its own. */
const CHUNK = 100;
export const READ_MFA_LIMIT = 1000;

/**
 * Reads the MFA settings of the selected users. ListUsers does not return them, so this is one AdminGetUser per
 * user (UserRead quota, 120 rps by default, shared with everything else): explicit, never on scroll.
 */
export function ReadMfaButton({ poolRef, selected }: { poolRef: PoolRef; selected: UserRow[] }) {
  const [busy, setBusy] = useState(false);
  const setMfa = useUsers((s) => s.setMfa);
  const toast = useUi((s) => s.toast);
  const tooMany = selected.length > READ_MFA_LIMIT;

  const read = async (): Promise<void> => {
    setBusy(true);
    let failed = 0;
    try {
      const names = selected.map((r) => r.username);
      for (let i = 0; i < names.length; i += CHUNK) {
        const readings = await call('users:mfa', { ...poolRef, usernames: names.slice(i, i + CHUNK) });
        const ok = readings.filter((r): r is { username: string; mfa: UserMfa } => 'mfa' in r);
        failed += readings.length - ok.length;
        setMfa(poolRef, ok);
      }
      if (failed)
        toast({ type: 'warning', header: `MFA not read for ${failed} user(s)`, content: 'Refresh the grid.' });
    } catch (e) {
      toast({ type: 'error', header: 'Reading MFA failed', content: toApiError(e).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span
      title={
        tooMany
          ? `Select at most ${READ_MFA_LIMIT.toLocaleString()} users`
          : 'One AdminGetUser call per selected user (ListUsers does not return MFA settings)'
      }
    >
      <Button disabled={selected.length === 0 || tooMany} loading={busy} onClick={() => void read()}>
        {selected.length ? `Read MFA (${selected.length})` : 'Read MFA'}
      </Button>
    </span>
  );
}
