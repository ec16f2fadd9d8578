import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { QuotaCategory, RateLimitOverrides } from '../../../shared/model/rate-limits';
import { QUOTA_CATEGORIES, QUOTA_RPS, rateLimitsSchema } from '../../../shared/model/rate-limits';
import { toApiError } from '../../api';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';

const CALLS: Record<QuotaCategory, string> = {
  UserList: 'ListUsers, ListUsersInGroup (loads, exports)',
  UserUpdate: 'Enable, disable, delete, groups, attributes, sign-out',
  UserCreation: 'AdminCreateUser, invitations',
  UserRead: 'AdminGetUser (MFA), groups of a user',
  UserAccountRecovery: 'AdminResetUserPassword',
  UserPoolRead: 'DescribeUserPool, GetCSVHeader',
  UserPoolUpdate: 'UpdateUserPool',
  GroupRead: 'ListGroups, GetGroup',
  GroupWrite: 'CreateGroup, UpdateGroup, DeleteGroup',
};

type Draft = Partial<Record<QuotaCategory, string>>;
const toDraft = (limits: RateLimitOverrides | undefined): Draft =>
  Object.fromEntries(Object.entries(limits ?? {}).map(([k, v]) => [k, String(v)]));

/** The draft as numbers; an empty field means the documented default. */
function parse(draft: Draft) {
  const values: Record<string, number> = {};
  for (const [k, v] of Object.entries(draft)) if (v?.trim()) values[k] = Number(v);
  return rateLimitsSchema.safeParse(values);
}

/**
 * Lower Cognito's request rates per quota category: for an account shared with other tools, or a quota someone
 * set lower. Never above the documented default (the schema refuses it). Saved with the settings; new jobs, loads
 * and exports start at these rates and running ones slow down at once.
 */
export function RateLimitsForm() {
  const saved = useSession((s) => s.settings?.rateLimits);
  const setRateLimits = useSession((s) => s.setRateLimits);
  const toast = useUi((s) => s.toast);
  const toastError = useUi((s) => s.toastError);
  const [draft, setDraft] = useState<Draft | undefined>();
  const [busy, setBusy] = useState(false);
  const current = draft ?? toDraft(saved);
  const parsed = parse(current);
  const errorOf = (c: QuotaCategory): string | undefined =>
    parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === c)?.message;
  const dirty = draft !== undefined && JSON.stringify(parse(draft).data) !== JSON.stringify(saved ?? {});

  const save = async (limits: RateLimitOverrides): Promise<void> => {
    setBusy(true);
    try {
      await setRateLimits(limits);
      setDraft(undefined);
      toast({
        type: 'success',
        header: 'Saved the request rates',
        content: 'New jobs use them; running ones slow down.',
      });
    } catch (e) {
      toastError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Table
      header={
        <Header
          variant="h2"
          description="Lower the rate the console calls Cognito at, per quota category (per account and region). Empty uses the documented quota; a value above it is refused."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={busy || !saved || Object.keys(saved).length === 0} onClick={() => void save({})}>
                Reset to defaults
              </Button>
              <Button
                variant="primary"
                disabled={!dirty || !parsed.success}
                loading={busy}
                onClick={() => parsed.success && void save(parsed.data)}
              >
                Save rates
              </Button>
            </SpaceBetween>
          }
        >
          Request rates
        </Header>
      }
      items={QUOTA_CATEGORIES}
      trackBy={(c) => c}
      columnDefinitions={[
        { id: 'category', header: 'Quota category', cell: (c) => c },
        { id: 'calls', header: 'Calls', cell: (c) => CALLS[c] },
        { id: 'quota', header: 'Documented quota (rps)', cell: (c) => QUOTA_RPS[c] },
        {
          id: 'rate',
          header: 'Console rate (rps)',
          cell: (c) => (
            <FormField errorText={errorOf(c)} stretch>
              <Input
                type="number"
                inputMode="numeric"
                ariaLabel={`Rate for ${c}`}
                placeholder={String(QUOTA_RPS[c])}
                value={current[c] ?? ''}
                onChange={(e) => setDraft({ ...current, [c]: e.detail.value })}
              />
            </FormField>
          ),
        },
      ]}
    />
  );
}
