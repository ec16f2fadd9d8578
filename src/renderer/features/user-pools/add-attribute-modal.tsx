import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { CustomAttribute } from '../../../shared/model/custom-attributes';
import { CUSTOM_ATTRIBUTE_TYPES, customAttributeSchema } from '../../../shared/model/custom-attributes';
import type { ApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  busy: boolean;
  error: ApiError | undefined;
  onCancel: () => void;
  onAdd: (attribute: CustomAttribute) => void;
}

function build(name: string, type: string, mutable: boolean, min: string, max: string): unknown {
  const range = (lo: string, hi: string, loKey: string, hiKey: string) => {
    const out: Record<string, string> = {};
    if (lo !== '') out[loKey] = lo;
    if (hi !== '') out[hiKey] = hi;
    return Object.keys(out).length > 0 ? out : undefined;
  };
  return {
    Name: name,
    AttributeDataType: type,
    Mutable: mutable,
    ...(type === 'String' ? { StringAttributeConstraints: range(min, max, 'MinLength', 'MaxLength') } : {}),
    ...(type === 'Number' ? { NumberAttributeConstraints: range(min, max, 'MinValue', 'MaxValue') } : {}),
  };
}

/** Adds one custom attribute; says plainly that it can never be removed or renamed. */
export function AddAttributeModal({ busy, error, onCancel, onAdd }: Props) {
  const [name, setName] = useState('');
  const [type, setType] = useState<string>('String');
  const [mutable, setMutable] = useState(true);
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const [touched, setTouched] = useState(false);
  const parsed = customAttributeSchema.safeParse(build(name, type, mutable, min, max));
  const problem = parsed.success ? undefined : parsed.error.issues[0]?.message;
  const ranged = type === 'String' || type === 'Number';
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header="Add a custom attribute"
      data-testid="add-attribute-modal"
      footer={
        <ModalFooter
          onCancel={onCancel}
          loading={busy}
          disabled={!parsed.success}
          onConfirm={() => parsed.success && onAdd(parsed.data)}
        >
          Add custom:{name || '…'}
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <Box>
          Custom attributes can never be removed or renamed, and a pool holds at most 50. Check the name and type before
          adding.
        </Box>
        {error ? <ErrorAlert error={error} /> : null}
        <FormField label="Name" description="Stored as custom:<name>." errorText={touched ? problem : undefined}>
          <Input
            value={name}
            ariaLabel="Attribute name"
            autoFocus
            onChange={(e) => {
              setName(e.detail.value);
              setTouched(true);
            }}
          />
        </FormField>
        <FormField label="Type">
          <Select
            selectedOption={{ value: type, label: type }}
            options={CUSTOM_ATTRIBUTE_TYPES.map((t) => ({ value: t, label: t }))}
            onChange={(e) => setType(e.detail.selectedOption.value ?? 'String')}
            ariaLabel="Attribute type"
          />
        </FormField>
        <Checkbox checked={mutable} onChange={(e) => setMutable(e.detail.checked)}>
          Mutable (users and apps can change the value after it is set)
        </Checkbox>
        {ranged ? (
          <ColumnLayout columns={2}>
            <FormField label={type === 'String' ? 'Minimum length' : 'Minimum value'}>
              <Input value={min} inputMode="numeric" ariaLabel="Minimum" onChange={(e) => setMin(e.detail.value)} />
            </FormField>
            <FormField label={type === 'String' ? 'Maximum length' : 'Maximum value'}>
              <Input value={max} inputMode="numeric" ariaLabel="Maximum" onChange={(e) => setMax(e.detail.value)} />
            </FormField>
          </ColumnLayout>
        ) : null}
      </SpaceBetween>
    </Modal>
  );
}
