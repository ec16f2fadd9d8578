import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import type { z } from 'zod';
import type { GroupSummary } from '../../../shared/model/groups';
import { groupDescriptionSchema, groupNameSchema, precedenceSchema, roleArnSchema } from '../../../shared/model/groups';
import type { PoolRef } from '../../../shared/model/users';
import { call } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useWrite } from '../users/use-write';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  poolRef: PoolRef;
  /** Edit this group; create a new one when absent. */
  group?: GroupSummary;
  onCancel: () => void;
  onSaved: (group: GroupSummary) => void;
}

/** The first message of a zod check, validated as the user types (the same schemas main enforces). */
function problem(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** Create a group, or edit one's description, precedence and IAM role (UpdateGroup is read-merge-write in main). */
export function GroupFormModal({ poolRef, group, onCancel, onSaved }: Props) {
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [precedence, setPrecedence] = useState(group?.precedence === undefined ? '' : String(group.precedence));
  const [roleArn, setRoleArn] = useState(group?.roleArn ?? '');
  const { busy, error, run } = useWrite();

  const errors = {
    name: group ? undefined : problem(groupNameSchema, name),
    description: problem(groupDescriptionSchema, description),
    precedence: precedence === '' ? undefined : problem(precedenceSchema, Number(precedence)),
    roleArn: roleArn === '' ? undefined : problem(roleArnSchema, roleArn),
  };
  const valid = !Object.values(errors).some(Boolean);

  const save = async (): Promise<void> => {
    const ref = { ...poolRef, groupName: group?.name ?? name };
    const precedenceValue = precedence === '' ? undefined : Number(precedence);
    await run(
      'save',
      async () => {
        const saved = group
          ? await call('groups:update', {
              ...ref,
              description: description === '' ? null : description,
              precedence: precedenceValue ?? null,
              roleArn: roleArn === '' ? null : roleArn,
            })
          : await call('groups:create', {
              ...poolRef,
              groupName: name,
              ...(description ? { description } : {}),
              ...(precedenceValue !== undefined ? { precedence: precedenceValue } : {}),
              ...(roleArn ? { roleArn } : {}),
            });
        onSaved(saved);
      },
      group ? `Saved group ${group.name}` : `Created group ${name}`,
    );
  };

  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={group ? `Edit group ${group.name}` : 'Create group'}
      footer={
        <ModalFooter onCancel={onCancel} disabled={!valid} loading={busy === 'save'} onConfirm={() => void save()}>
          {group ? 'Save group' : 'Create group'}
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        {group ? null : (
          <FormField label="Group name" errorText={name ? errors.name : undefined}>
            <Input value={name} onChange={(e) => setName(e.detail.value)} ariaLabel="Group name" autoFocus />
          </FormField>
        )}
        <FormField label="Description" errorText={errors.description}>
          <Textarea value={description} onChange={(e) => setDescription(e.detail.value)} ariaLabel="Description" />
        </FormField>
        <FormField
          label="Precedence"
          description="Lower wins when a user's groups carry different IAM roles; optional."
          errorText={errors.precedence}
        >
          <Input
            value={precedence}
            inputMode="numeric"
            onChange={(e) => setPrecedence(e.detail.value)}
            ariaLabel="Precedence"
          />
        </FormField>
        <FormField label="IAM role ARN" description="Optional." errorText={errors.roleArn}>
          <Input
            value={roleArn}
            placeholder="arn:aws:iam::123456789012:role/Name"
            onChange={(e) => setRoleArn(e.detail.value)}
            ariaLabel="IAM role ARN"
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
