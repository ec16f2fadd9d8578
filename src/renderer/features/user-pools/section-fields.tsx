import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import Textarea from '@cloudscape-design/components/textarea';
import Toggle from '@cloudscape-design/components/toggle';
import { createContext, useContext } from 'react';
import type { Draft } from './draft-path';
import { getAt } from './draft-path';

export interface SectionForm {
  draft: Draft;
  set: (path: string, value: unknown) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}

export const SectionContext = createContext<SectionForm | undefined>(undefined);

function useField(path: string) {
  const form = useContext(SectionContext);
  if (!form) throw new Error('A section field must sit inside a SectionEditor');
  return {
    value: getAt(form.draft, path),
    set: (value: unknown) => form.set(path, value),
    error: form.errors[path],
    readOnly: form.readOnly,
  };
}

interface FieldProps {
  path: string;
  label: string;
  description?: string;
  constraint?: string;
}

export function NumberField({ path, label, description, constraint }: FieldProps) {
  const f = useField(path);
  const text = typeof f.value === 'number' && !Number.isNaN(f.value) ? String(f.value) : '';
  return (
    <FormField label={label} description={description} constraintText={constraint} errorText={f.error}>
      <Input
        type="number"
        inputMode="numeric"
        value={text}
        readOnly={f.readOnly}
        ariaLabel={label}
        invalid={Boolean(f.error)}
        // An emptied box is NaN, which validation names ("must be a number") instead of silently sending 0.
        onChange={(e) => f.set(e.detail.value === '' ? Number.NaN : Number(e.detail.value))}
      />
    </FormField>
  );
}

export function TextField({ path, label, description, constraint, multiline }: FieldProps & { multiline?: boolean }) {
  const f = useField(path);
  const value = typeof f.value === 'string' ? f.value : '';
  return (
    <FormField label={label} description={description} constraintText={constraint} errorText={f.error} stretch>
      {multiline ? (
        <Textarea
          value={value}
          readOnly={f.readOnly}
          ariaLabel={label}
          invalid={Boolean(f.error)}
          rows={3}
          onChange={(e) => f.set(e.detail.value)}
        />
      ) : (
        <Input
          value={value}
          readOnly={f.readOnly}
          ariaLabel={label}
          invalid={Boolean(f.error)}
          onChange={(e) => f.set(e.detail.value)}
        />
      )}
    </FormField>
  );
}

export function ToggleField({ path, label, description }: FieldProps) {
  const f = useField(path);
  return (
    <FormField errorText={f.error}>
      <Toggle
        checked={f.value === true}
        disabled={f.readOnly}
        description={description}
        onChange={(e) => f.set(e.detail.checked)}
      >
        {label}
      </Toggle>
    </FormField>
  );
}

export function ChoiceField({
  path,
  label,
  description,
  options,
}: FieldProps & { options: { value: string; label: string; description?: string }[] }) {
  const f = useField(path);
  return (
    <FormField label={label} description={description} errorText={f.error}>
      <RadioGroup
        value={typeof f.value === 'string' ? f.value : null}
        items={options.map((o) => ({ ...o, disabled: f.readOnly }))}
        onChange={(e) => f.set(e.detail.value)}
        ariaLabel={label}
      />
    </FormField>
  );
}

/** A list of values chosen by checkboxes, kept in `options` order. */
export function MultiCheckField({
  path,
  label,
  description,
  options,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const f = useField(path);
  const chosen = Array.isArray(f.value) ? (f.value as unknown[]) : [];
  const toggle = (value: string, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : chosen.includes(v)));
    f.set(next);
  };
  return (
    <FormField label={label} description={description} errorText={f.error}>
      {options.map((o) => (
        <Checkbox
          key={o.value}
          checked={chosen.includes(o.value)}
          disabled={f.readOnly}
          onChange={(e) => toggle(o.value, e.detail.checked)}
        >
          {o.label}
        </Checkbox>
      ))}
    </FormField>
  );
}

export function SelectField({
  path,
  label,
  description,
  options,
  placeholder = 'Not set',
}: FieldProps & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const f = useField(path);
  const selected = options.find((o) => o.value === f.value) ?? null;
  return (
    <FormField label={label} description={description} errorText={f.error}>
      <Select
        selectedOption={selected}
        options={options}
        disabled={f.readOnly}
        ariaLabel={label}
        placeholder={placeholder}
        onChange={(e) => f.set(e.detail.selectedOption.value)}
      />
    </FormField>
  );
}

/** A list of text values, one per line. Blank lines stay while typing and are dropped before validation. */
export function ListField({ path, label, description, constraint }: FieldProps) {
  const f = useField(path);
  const lines = Array.isArray(f.value) ? (f.value as unknown[]).map(String) : [];
  return (
    <FormField label={label} description={description} constraintText={constraint} errorText={f.error} stretch>
      <Textarea
        value={lines.join('\n')}
        readOnly={f.readOnly}
        ariaLabel={label}
        invalid={Boolean(f.error)}
        rows={Math.min(6, Math.max(2, lines.length + 1))}
        onChange={(e) => f.set(e.detail.value === '' ? [] : e.detail.value.split('\n'))}
      />
    </FormField>
  );
}
