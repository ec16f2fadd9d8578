import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import { useContext } from 'react';
import { getAt } from './draft-path';
import { SectionContext } from './section-fields';

const NOT_SET = '';

/** A choice where "Not configured" is a real option: it removes the setting (it is then not sent). */
export function OptionalSelect(props: {
  path: string;
  label: string;
  description?: string;
  options: { value: string; label: string }[];
}) {
  const form = useContext(SectionContext);
  if (!form) return null;
  const options = [{ value: NOT_SET, label: 'Not configured' }, ...props.options];
  const value = getAt(form.draft, props.path);
  return (
    <FormField label={props.label} description={props.description} errorText={form.errors[props.path]}>
      <Select
        selectedOption={options.find((o) => o.value === value) ?? options[0] ?? null}
        options={options}
        disabled={form.readOnly}
        ariaLabel={props.label}
        onChange={(e) => {
          const next = e.detail.selectedOption.value;
          form.set(props.path, next === NOT_SET || next === undefined ? undefined : next);
        }}
      />
    </FormField>
  );
}

/** Text that is removed (not sent as "") when emptied. */
export function OptionalText(props: { path: string; label: string; description?: string; constraint?: string }) {
  const form = useContext(SectionContext);
  if (!form) return null;
  const value = getAt(form.draft, props.path);
  const error = form.errors[props.path];
  return (
    <FormField
      label={props.label}
      description={props.description}
      constraintText={props.constraint}
      errorText={error}
      stretch
    >
      <Input
        value={typeof value === 'string' ? value : ''}
        readOnly={form.readOnly}
        ariaLabel={props.label}
        invalid={Boolean(error)}
        onChange={(e) => form.set(props.path, e.detail.value.trim() === '' ? undefined : e.detail.value)}
      />
    </FormField>
  );
}
