import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import type { BulkAction } from '../../../shared/model/jobs';
import type { PoolRef } from '../../../shared/model/users';
import { ErrorAlert } from '../../components/error-alert';
import { groupsKey, useGroups } from '../../stores/groups';
import { useJobs } from '../../stores/jobs';
import type { Scope, ScopeInput } from './job-scope';
import { defaultScope, scopeTargets, targetFields } from './job-scope';
import { ScopePicker } from './scope-picker';
import { useWrite } from './use-write';
import { ModalFooter } from '../../components/modal-footer';

export const BULK_LABELS: Record<BulkAction, string> = {
  'add-to-group': 'Add to group',
  'remove-from-group': 'Remove from group',
  enable: 'Enable',
  disable: 'Disable',
  'global-sign-out': 'Sign out everywhere',
  'reset-password': 'Reset password',
  'set-attribute': 'Set an attribute',
  delete: 'Delete',
};

interface Props {
  poolRef: PoolRef;
  action: BulkAction;
  input: ScopeInput;
  onCancel: () => void;
  onStarted: (jobId: string) => void;
}

const count = new Intl.NumberFormat();

/** Starts one bulk action as a job (at its Cognito quota category's rate, enforced by main). */
export function BulkActionModal({ poolRef, action, input, onCancel, onStarted }: Props) {
  const [scope, setScope] = useState<Scope>(() => defaultScope(input));
  const [group, setGroup] = useState<string | undefined>();
  const [attributeName, setAttributeName] = useState('');
  const [attributeValue, setAttributeValue] = useState('');
  const [typed, setTyped] = useState('');
  const groups = useGroups();
  const startBulk = useJobs((s) => s.startBulk);
  const { busy, error, run } = useWrite();
  const needsGroup = action === 'add-to-group' || action === 'remove-from-group';

  useEffect(() => {
    if (needsGroup) void groups.ensure(poolRef);
  }, [needsGroup, poolRef]); // eslint-disable-line react-hooks/exhaustive-deps -- ensure is stable

  const targets = scopeTargets(scope, input);
  const howMany = targets.count === undefined ? 'every matching user' : `${count.format(targets.count)} users`;
  const confirmWord = targets.count === undefined ? input.poolName : String(targets.count);
  const ready =
    (!needsGroup || group !== undefined) &&
    (action !== 'set-attribute' || attributeName.trim() !== '') &&
    (action !== 'delete' || typed.trim() === confirmWord) &&
    targets.count !== 0;

  const start = async (): Promise<void> => {
    const label = `${BULK_LABELS[action]}${needsGroup && group ? ` ${group}` : ''}: ${howMany} in ${input.poolName}`;
    await run('start', async () => {
      const jobId = await startBulk(
        {
          ...poolRef,
          action,
          ...targetFields(targets),
          ...(needsGroup && group ? { groupName: group } : {}),
          ...(action === 'set-attribute' ? { attributeName: attributeName.trim(), attributeValue } : {}),
        },
        label,
      );
      onStarted(jobId);
    });
  };

  const groupOptions = groups.key === groupsKey(poolRef) ? groups.items : [];
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`${BULK_LABELS[action]}: ${howMany}`}
      footer={
        <ModalFooter onCancel={onCancel} disabled={!ready} loading={busy === 'start'} onConfirm={() => void start()}>
          {action === 'delete' ? `Delete ${howMany}` : 'Start job'}
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField label="Users">
          <ScopePicker value={scope} onChange={setScope} input={input} />
        </FormField>
        {needsGroup ? (
          <FormField label="Group">
            <Select
              ariaLabel="Group"
              placeholder="Choose a group"
              filteringType="auto"
              statusType={groups.loading ? 'loading' : 'finished'}
              selectedOption={group ? { value: group, label: group } : null}
              options={groupOptions.map((g) => ({ value: g.name, label: g.name, description: g.description }))}
              onChange={(e) => setGroup(e.detail.selectedOption.value)}
            />
          </FormField>
        ) : null}
        {action === 'set-attribute' ? (
          <SpaceBetween direction="horizontal" size="xs">
            <FormField label="Attribute">
              <Input
                value={attributeName}
                onChange={(e) => setAttributeName(e.detail.value)}
                placeholder="custom:plan"
              />
            </FormField>
            <FormField label="Value">
              <Input value={attributeValue} onChange={(e) => setAttributeValue(e.detail.value)} />
            </FormField>
          </SpaceBetween>
        ) : null}
        {action === 'delete' ? (
          <>
            <Alert type="warning">
              This permanently deletes {howMany} from <b>{input.poolName}</b> ({poolRef.userPoolId}). It cannot be
              undone.
            </Alert>
            <FormField label={`Type ${confirmWord} to confirm`}>
              <Input value={typed} onChange={(e) => setTyped(e.detail.value)} ariaLabel="Confirmation" />
            </FormField>
          </>
        ) : null}
        <Box color="text-body-secondary">
          Runs as a job at Cognito&apos;s quota rate for this kind of call; progress shows in the panel and on the Jobs
          page, failures are listed per user and can be retried.
        </Box>
      </SpaceBetween>
    </Modal>
  );
}
