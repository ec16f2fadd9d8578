import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useEffect, useMemo, useState } from 'react';
import type { PoolMfa } from '../../../shared/model/pool-mfa';
import type { PoolRef, UserDetail, UserMfa, UserMfaEdit } from '../../../shared/model/users';
import { ApiError, call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useUsers } from '../../stores/users';
import { useWrite } from './use-write';

type Factor = keyof UserMfaEdit;
const FACTORS: { id: Factor; type: string; pool: 'Sms' | 'Totp' | 'Email'; label: string }[] = [
  { id: 'totp', type: 'SOFTWARE_TOKEN_MFA', pool: 'Totp', label: 'Authenticator app (TOTP)' },
  { id: 'sms', type: 'SMS_MFA', pool: 'Sms', label: 'SMS code' },
  { id: 'email', type: 'EMAIL_OTP', pool: 'Email', label: 'Email code' },
];

interface Props {
  poolRef: PoolRef;
  detail: UserDetail;
  onSaved: () => Promise<void>;
}

/**
 * The user's MFA preference (AdminSetUserMFAPreference): which factors are on and which one Cognito asks for.
 * Only factors the pool allows (GetUserPoolMfaConfig) can be turned on; one the user has but the pool no longer
 * allows can still be turned off.
 */
export function UserMfaEditor({ poolRef, detail, onSaved }: Props) {
  const [pool, setPool] = useState<PoolMfa | ApiError | undefined>();
  // The draft belongs to one read of the user: a fresh read (after a save or an action) starts from what Cognito holds.
  const [draft, setDraft] = useState<{ from: UserMfa; enabled: Set<string>; preferred: string }>();
  const current =
    draft?.from === detail.mfa
      ? draft
      : { from: detail.mfa, enabled: new Set(detail.mfa.enabled), preferred: detail.mfa.preferred ?? '' };
  const { enabled, preferred } = current;
  const setPreferred = (value: string): void => setDraft({ ...current, preferred: value });
  const { busy, error, run } = useWrite();
  const setMfa = useUsers((s) => s.setMfa);

  useEffect(() => {
    let live = true;
    call('userPools:mfa', poolRef).then(
      (m) => live && setPool(m),
      (e: unknown) => live && setPool(toApiError(e)),
    );
    return () => {
      live = false;
    };
  }, [poolRef]);
  const editable = useMemo(
    () =>
      FACTORS.filter(
        (f) => (pool && !(pool instanceof ApiError) && pool[f.pool]) || detail.mfa.enabled.includes(f.type),
      ),
    [pool, detail.mfa.enabled],
  );
  if (!pool) return <Spinner />;
  if (pool instanceof ApiError) return <ErrorAlert error={pool} />;

  const changed =
    (detail.mfa.preferred ?? '') !== preferred ||
    editable.some((f) => detail.mfa.enabled.includes(f.type) !== enabled.has(f.type));
  const toggle = (type: string, on: boolean): void => {
    const next = new Set(enabled);
    if (on) next.add(type);
    else next.delete(type);
    setDraft({ ...current, enabled: next, preferred: !on && preferred === type ? '' : preferred });
  };

  const save = async (): Promise<void> => {
    const mfa: UserMfaEdit = {};
    for (const f of editable) mfa[f.id] = { enabled: enabled.has(f.type), preferred: preferred === f.type };
    await run(
      'save',
      async () => {
        const fresh = await call('users:set-mfa', { ...poolRef, username: detail.username, mfa });
        setMfa(poolRef, [{ username: detail.username, mfa: fresh }]);
        await onSaved();
      },
      `Saved the MFA preference of ${detail.attributes.email ?? detail.username}`,
    );
  };

  return (
    <SpaceBetween size="m">
      {pool.MfaConfiguration === 'OFF' ? (
        <Alert type="info">MFA is off for this pool: a preference takes effect once the pool makes MFA optional.</Alert>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <FormField label="Factors" description="Authenticator apps need the user to have registered one first.">
        <SpaceBetween size="xs">
          {FACTORS.map((f) => {
            const allowed = editable.includes(f);
            return (
              <Checkbox
                key={f.id}
                checked={enabled.has(f.type)}
                disabled={!allowed}
                onChange={(e) => toggle(f.type, e.detail.checked)}
              >
                {f.label}
                {allowed ? null : <Box variant="small"> (not allowed by the pool)</Box>}
              </Checkbox>
            );
          })}
        </SpaceBetween>
      </FormField>
      <FormField label="Preferred factor" description="The factor Cognito asks for at sign-in.">
        <RadioGroup
          value={preferred}
          onChange={(e) => setPreferred(e.detail.value)}
          items={[
            { value: '', label: 'None' },
            ...FACTORS.filter((f) => enabled.has(f.type)).map((f) => ({ value: f.type, label: f.label })),
          ]}
        />
      </FormField>
      <Button variant="primary" disabled={!changed} loading={busy === 'save'} onClick={() => void save()}>
        Save MFA preference
      </Button>
    </SpaceBetween>
  );
}
