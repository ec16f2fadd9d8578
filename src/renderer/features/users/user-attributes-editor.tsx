import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import type { PoolRef, UserDetail } from '../../../shared/model/users';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useUsers } from '../../stores/users';
import { schemaOf, usePoolConfig } from './use-pool-config';
import { EMPTY_DRAFT, useUserDraft, useUserDraftGuard } from './user-draft';
import { useWrite } from './use-write';

/** Never editable; the pool schema's non-mutable attributes are added from userPools:describe. */
const READ_ONLY = new Set(['sub', 'identities']);
const FLAGS = new Set(['email_verified', 'phone_number_verified']);

interface Props {
  poolRef: PoolRef;
  detail: UserDetail;
  onSaved: () => Promise<void>;
}

/** Every attribute of the user, edited in place; Save says how many change and sends only those. */
export function UserAttributesEditor({ poolRef, detail, onSaved }: Props) {
  // Kept in the shared drafts store, not in component state: closing the panel, switching user or leaving the pool
  // with unsaved edits asks first (users-panel store, draft guard).
  const [{ edits, removed }, setDraft] = useUserDraft(poolRef, detail.username);
  useUserDraftGuard();
  const setEdits = (update: (s: Record<string, string>) => Record<string, string>): void =>
    setDraft({ edits: update(edits), removed });
  const setRemoved = (update: (r: string[]) => string[]): void => setDraft({ edits, removed: update(removed) });
  const [newName, setNewName] = useState('');
  const [newValue, setNewValue] = useState('');
  const { busy, error, run } = useWrite();
  const upsert = useUsers((s) => s.upsert);
  const config = usePoolConfig(poolRef);
  const readOnly = (name: string): boolean => READ_ONLY.has(name) || schemaOf(config, name)?.mutable === false;

  const names = useMemo(
    () => Array.from(new Set([...Object.keys(detail.attributes), ...Object.keys(edits)])).sort(),
    [detail.attributes, edits],
  );
  const valueOf = (name: string): string => edits[name] ?? detail.attributes[name] ?? '';
  const changed = Object.entries(edits).filter(([name, value]) => detail.attributes[name] !== value);
  const changes = changed.length + removed.length;

  const save = async (): Promise<void> => {
    const attributes = Object.fromEntries(changed);
    const ok = await run(
      'save',
      async () => {
        const row = await call('users:update-attributes', {
          ...poolRef,
          username: detail.username,
          attributes,
          ...(removed.length ? { deleteAttributes: removed } : {}),
        });
        upsert(poolRef, row);
      },
      `Saved ${changes} attribute change${changes === 1 ? '' : 's'} of ${detail.attributes.email ?? detail.username}`,
    );
    if (ok) {
      setDraft(EMPTY_DRAFT);
      await onSaved();
    }
  };

  return (
    <SpaceBetween size="s">
      {error ? <ErrorAlert error={error} /> : null}
      <Table
        variant="embedded"
        items={names.filter((n) => !removed.includes(n))}
        trackBy={(n) => n}
        columnDefinitions={[
          { id: 'name', header: 'Attribute', cell: (n) => n, width: 260 },
          {
            id: 'value',
            header: 'Value',
            cell: (n) =>
              FLAGS.has(n) ? (
                <Checkbox
                  checked={valueOf(n) === 'true'}
                  onChange={(e) => setEdits((s) => ({ ...s, [n]: e.detail.checked ? 'true' : 'false' }))}
                  ariaLabel={n}
                >
                  {valueOf(n) === 'true' ? 'Verified' : 'Not verified'}
                </Checkbox>
              ) : readOnly(n) ? (
                <Box variant="code">{valueOf(n)}</Box>
              ) : (
                <Input
                  value={valueOf(n)}
                  ariaLabel={`Value of ${n}`}
                  onChange={(e) => setEdits((s) => ({ ...s, [n]: e.detail.value }))}
                />
              ),
          },
          {
            id: 'remove',
            header: '',
            width: 110,
            cell: (n) =>
              readOnly(n) || schemaOf(config, n)?.required ? null : (
                <Button variant="inline-link" onClick={() => setRemoved((r) => [...r, n])} ariaLabel={`Remove ${n}`}>
                  Remove
                </Button>
              ),
          },
        ]}
      />
      <SpaceBetween direction="horizontal" size="xs">
        <Input
          value={newName}
          placeholder="custom:attribute or standard name"
          ariaLabel="New attribute name"
          onChange={(e) => setNewName(e.detail.value)}
        />
        <Input
          value={newValue}
          placeholder="Value"
          ariaLabel="New attribute value"
          onChange={(e) => setNewValue(e.detail.value)}
        />
        <Button
          disabled={!newName.trim()}
          onClick={() => {
            setEdits((s) => ({ ...s, [newName.trim()]: newValue }));
            setNewName('');
            setNewValue('');
          }}
        >
          Add attribute
        </Button>
      </SpaceBetween>
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <Button variant="primary" disabled={changes === 0} loading={busy === 'save'} onClick={() => void save()}>
          Save attributes
        </Button>
        <Button variant="link" disabled={changes === 0} onClick={() => setDraft(EMPTY_DRAFT)}>
          Discard
        </Button>
        <Box color="text-body-secondary">
          {changes === 0
            ? 'No changes.'
            : `${changes} attribute${changes === 1 ? '' : 's'} will change: ${[...changed.map(([n]) => n), ...removed.map((n) => `-${n}`)].join(', ')}`}
        </Box>
      </SpaceBetween>
    </SpaceBetween>
  );
}
