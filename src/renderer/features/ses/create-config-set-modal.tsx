import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { useState } from 'react';
import type { ConfigurationSet, ConfigurationSetCreate } from '../../../shared/model/ses';
import { configurationSetCreateSchema, SUPPRESSION_REASONS } from '../../../shared/model/ses';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  ref_: ConnectedRef;
  /** Prefilled, e.g. the missing set a pool names (pre-flight). */
  initialName?: string;
  onCancel: () => void;
  onCreated: (set: ConfigurationSet) => void;
}

const REASON_LABEL: Record<(typeof SUPPRESSION_REASONS)[number], string> = {
  BOUNCE: 'Bounces: stop sending to addresses that hard-bounced',
  COMPLAINT: 'Complaints: stop sending to recipients who marked mail as spam',
};

/** A configuration set: sending on/off, reputation metrics, suppression reasons, TLS policy. */
export function CreateConfigSetModal({ ref_, initialName, onCancel, onCreated }: Props) {
  const [draft, setDraft] = useState<ConfigurationSetCreate>({
    name: initialName ?? '',
    sendingEnabled: true,
    reputationMetricsEnabled: true,
    suppressedReasons: ['BOUNCE', 'COMPLAINT'],
    tlsPolicy: 'REQUIRE',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const parsed = configurationSetCreateSchema.safeParse(draft);
  const nameError = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === 'name')?.message;
  const set = (patch: Partial<ConfigurationSetCreate>) => setDraft((d) => ({ ...d, ...patch }));
  const create = () => {
    if (!parsed.success) return;
    setBusy(true);
    setError(undefined);
    call('ses:create-configuration-set', { ...ref_, set: parsed.data }).then(onCreated, (e: unknown) => {
      setError(toApiError(e));
      setBusy(false);
    });
  };
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Create a configuration set in ${ref_.region}`}
      footer={
        <ModalFooter onCancel={onCancel} disabled={!parsed.success} loading={busy} onConfirm={create}>
          Create configuration set
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField
          label="Name"
          constraintText="Letters, digits, _ and -, up to 64."
          errorText={draft.name ? nameError : undefined}
        >
          <Input value={draft.name} onChange={(e) => set({ name: e.detail.value })} ariaLabel="Name" autoFocus />
        </FormField>
        <Toggle checked={draft.sendingEnabled} onChange={(e) => set({ sendingEnabled: e.detail.checked })}>
          Sending enabled
        </Toggle>
        <Toggle
          checked={draft.reputationMetricsEnabled}
          onChange={(e) => set({ reputationMetricsEnabled: e.detail.checked })}
        >
          Reputation metrics (bounce and complaint rates in CloudWatch)
        </Toggle>
        <FormField label="Suppression" description="Unticked: this set suppresses nothing, whatever the account says.">
          {SUPPRESSION_REASONS.map((reason) => (
            <Checkbox
              key={reason}
              checked={draft.suppressedReasons.includes(reason)}
              onChange={(e) =>
                set({
                  suppressedReasons: e.detail.checked
                    ? [...draft.suppressedReasons, reason]
                    : draft.suppressedReasons.filter((r) => r !== reason),
                })
              }
            >
              {REASON_LABEL[reason]}
            </Checkbox>
          ))}
        </FormField>
        <FormField label="TLS policy">
          <RadioGroup
            value={draft.tlsPolicy}
            onChange={(e) => set({ tlsPolicy: e.detail.value === 'OPTIONAL' ? 'OPTIONAL' : 'REQUIRE' })}
            items={[
              {
                value: 'REQUIRE',
                label: 'Require',
                description: 'Deliver only over TLS; otherwise the message bounces.',
              },
              { value: 'OPTIONAL', label: 'Optional', description: 'Use TLS when the receiving server offers it.' },
            ]}
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
