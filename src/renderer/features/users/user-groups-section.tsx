import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useState } from 'react';
import type { PoolRef, UserDetail } from '../../../shared/model/users';
import { ApiError, call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { groupsKey, useGroups } from '../../stores/groups';
import { useWrite } from './use-write';

interface Props {
  poolRef: PoolRef;
  detail: UserDetail;
  onChanged: () => Promise<void>;
}

/** The user's groups (AdminListGroupsForUser), with add (from the pool's groups) and remove. */
export function UserGroupsSection({ poolRef, detail, onChanged }: Props) {
  const { key, items, ensure } = useGroups();
  const [choice, setChoice] = useState<string | undefined>();
  const { busy, error, run } = useWrite();
  const user = { ...poolRef, username: detail.username };
  const who = detail.attributes.email ?? detail.username;

  useEffect(() => {
    void ensure(poolRef);
  }, [ensure, poolRef]);

  if (!detail.groups.ok) return <ErrorAlert error={new ApiError(detail.groups.error)} />;
  const member = new Set(detail.groups.value.map((g) => g.name));
  const candidates = key === groupsKey(poolRef) ? items.filter((g) => !member.has(g.name)) : [];

  const add = async (groupName: string): Promise<void> => {
    const ok = await run(
      'add',
      () => call('users:add-to-group', { ...user, groupName }),
      `Added ${who} to ${groupName}`,
    );
    if (ok) {
      setChoice(undefined);
      await onChanged();
    }
  };
  const remove = async (groupName: string): Promise<void> => {
    const ok = await run(
      `remove:${groupName}`,
      () => call('users:remove-from-group', { ...user, groupName }),
      `Removed ${who} from ${groupName}`,
    );
    if (ok) await onChanged();
  };

  return (
    <SpaceBetween size="s">
      {error ? <ErrorAlert error={error} /> : null}
      <Table
        variant="embedded"
        items={detail.groups.value}
        trackBy="name"
        empty={<Box color="inherit">Not in any group.</Box>}
        columnDefinitions={[
          { id: 'name', header: 'Group', cell: (g) => g.name },
          { id: 'precedence', header: 'Precedence', cell: (g) => g.precedence ?? '-' },
          { id: 'description', header: 'Description', cell: (g) => g.description ?? '' },
          {
            id: 'remove',
            header: '',
            cell: (g) => (
              <Button variant="inline-link" loading={busy === `remove:${g.name}`} onClick={() => void remove(g.name)}>
                Remove from group
              </Button>
            ),
          },
        ]}
      />
      <SpaceBetween direction="horizontal" size="xs">
        <Select
          ariaLabel="Group to add the user to"
          placeholder="Choose a group"
          filteringType="auto"
          empty="No other groups in this pool"
          selectedOption={choice ? { value: choice, label: choice } : null}
          options={candidates.map((g) => ({ value: g.name, label: g.name, description: g.description }))}
          onChange={(e) => setChoice(e.detail.selectedOption.value)}
        />
        <Button disabled={!choice} loading={busy === 'add'} onClick={() => choice && void add(choice)}>
          Add to group
        </Button>
      </SpaceBetween>
    </SpaceBetween>
  );
}
