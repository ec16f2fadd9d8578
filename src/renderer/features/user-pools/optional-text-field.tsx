import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useContext } from 'react';
import { getAt } from './draft-path';
import { SectionContext } from './section-fields';

interface Props {
  path: string;
  label: string;
  description?: string;
  constraint?: string;
  placeholder?: string;
}

/** A text setting the API refuses empty: emptying the box removes it (null in the edit, which the merge drops). */
export function OptionalTextField({ path, label, description, constraint, placeholder }: Props) {
  const form = useContext(SectionContext);
  if (!form) throw new Error('A section field must sit inside a SectionEditor');
  const value = getAt(form.draft, path);
  return (
    <FormField
      label={label}
      description={description}
      constraintText={constraint}
      errorText={form.errors[path]}
      stretch
    >
      <Input
        value={typeof value === 'string' ? value : ''}
        placeholder={placeholder}
        readOnly={form.readOnly}
        ariaLabel={label}
        invalid={Boolean(form.errors[path])}
        onChange={(e) => form.set(path, e.detail.value === '' ? null : e.detail.value)}
      />
    </FormField>
  );
}
