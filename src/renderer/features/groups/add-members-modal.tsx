import Autosuggest from '@cloudscape-design/components/autosuggest';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TokenGroup from '@cloudscape-design/components/token-group';
import { useEffect, useMemo, useState } from 'react';
import type { PoolRef, UserRow } from '../../../shared/model/users';
import { ErrorAlert } from '../../components/error-alert';
import { useJobs } from '../../stores/jobs';
import { loadKey, useUsers } from '../../stores/users';
import { buildUserIndex } from '../users/user-index';
import { searchableValues } from '../users/user-columns';
import { useWrite } from '../users/use-write';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  poolRef: PoolRef;
  groupName: string;
  members: ReadonlySet<string>;
  onCancel: () => void;
  onStarted: (jobId: string) => void;
}

const NO_ROWS: UserRow[] = [];

/** Picks users by any attribute (the same local index as the users grid) and adds them as one add-to-group job. */
export function AddMembersModal({ poolRef, groupName, members, onCancel, onStarted }: Props) {
  const users = useUsers();
  const startBulk = useJobs((s) => s.startBulk);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ username: string; label: string }[]>([]);
  const { busy, error, run } = useWrite();
  const loadedHere = users.key === loadKey(poolRef, users.filter);
  const rows = loadedHere ? users.rows : NO_ROWS;

  useEffect(() => {
    if (!loadedHere) void useUsers.getState().load(poolRef);
  }, [loadedHere, poolRef]);

  const index = useMemo(() => buildUserIndex(rows, searchableValues), [rows]);
  const options = useMemo(() => {
    const picked = new Set(chosen.map((c) => c.username));
    return index
      .search(query)
      .filter((r) => !members.has(r.username) && !picked.has(r.username))
      .slice(0, 20)
      .map((r) => ({ value: r.username, label: r.attributes.email ?? r.username, description: r.username }));
  }, [index, query, chosen, members]);

  const add = (username: string): void => {
    const row = rows.find((r) => r.username === username);
    setChosen((c) => [...c, { username, label: row?.attributes.email ?? username }]);
    setQuery('');
  };

  const start = async (): Promise<void> => {
    await run('start', async () => {
      const jobId = await startBulk(
        { ...poolRef, action: 'add-to-group', groupName, usernames: chosen.map((c) => c.username) },
        `Add ${chosen.length} users to ${groupName}`,
      );
      onStarted(jobId);
    });
  };

  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Add members to ${groupName}`}
      footer={
        <ModalFooter
          onCancel={onCancel}
          disabled={chosen.length === 0}
          loading={busy === 'start'}
          onConfirm={() => void start()}
        >
          Add {chosen.length || ''} {chosen.length === 1 ? 'user' : 'users'}
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField label="Users" description="Search any attribute; Enter adds a typed username as is.">
          <Autosuggest
            value={query}
            ariaLabel="Find users to add"
            placeholder="email, name, custom attribute…"
            options={options}
            filteringType="manual"
            statusType={users.loading && loadedHere ? 'loading' : 'finished'}
            loadingText="Loading users"
            empty="No matching users"
            enteredTextLabel={(v) => `Add "${v}"`}
            onChange={(e) => setQuery(e.detail.value)}
            onSelect={(e) => {
              if (e.detail.value) add(e.detail.value);
            }}
          />
        </FormField>
        <TokenGroup
          items={chosen.map((c) => ({ label: c.label, description: c.label === c.username ? undefined : c.username }))}
          onDismiss={(e) => setChosen((c) => c.filter((_, i) => i !== e.detail.itemIndex))}
        />
      </SpaceBetween>
    </Modal>
  );
}
