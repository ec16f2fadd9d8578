import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { UserFilter } from '../../../shared/model/users';
import { FILTER_OPERATORS, FILTERABLE_ATTRIBUTES } from '../../../shared/model/users';

type Attribute = UserFilter['attribute'];
type Operator = UserFilter['operator'];

interface Props {
  active: UserFilter | undefined;
  disabled: boolean;
  onSearch: (filter: UserFilter | undefined) => void;
}

const isAttribute = (v: string | undefined): v is Attribute =>
  (FILTERABLE_ATTRIBUTES as readonly string[]).includes(v ?? '');
const isOperator = (v: string | undefined): v is Operator => (FILTER_OPERATORS as readonly string[]).includes(v ?? '');

/**
 * The server search (ListUsers Filter): one standard attribute, `=` or `^=`. Secondary to the quick filter: it is
 * for pools too large to load whole, and the only way to narrow a bulk job or export to "everyone matching".
 */
export function ServerSearch({ active, disabled, onSearch }: Props) {
  const [attribute, setAttribute] = useState<Attribute>(active?.attribute ?? 'email');
  const [operator, setOperator] = useState<Operator>(active?.operator ?? '^=');
  const [value, setValue] = useState(active?.value ?? '');
  const submit = (): void => onSearch(value ? { attribute, operator, value } : undefined);
  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      <Box variant="awsui-key-label">Server search</Box>
      <Select
        ariaLabel="Server search attribute"
        selectedOption={{ value: attribute, label: attribute }}
        options={FILTERABLE_ATTRIBUTES.map((a) => ({ value: a, label: a }))}
        onChange={(e) => {
          if (isAttribute(e.detail.selectedOption.value)) setAttribute(e.detail.selectedOption.value);
        }}
      />
      <Select
        ariaLabel="Server search operator"
        selectedOption={{ value: operator, label: operator === '=' ? '= (equals)' : '^= (starts with)' }}
        options={FILTER_OPERATORS.map((o) => ({ value: o, label: o === '=' ? '= (equals)' : '^= (starts with)' }))}
        onChange={(e) => {
          if (isOperator(e.detail.selectedOption.value)) setOperator(e.detail.selectedOption.value);
        }}
      />
      <Input
        ariaLabel="Server search value"
        placeholder="Value"
        value={value}
        onChange={(e) => setValue(e.detail.value)}
        onKeyDown={(e) => {
          if (e.detail.key === 'Enter') submit();
        }}
      />
      <Button onClick={submit} disabled={disabled}>
        Search server
      </Button>
      {active ? (
        <Button
          variant="link"
          onClick={() => {
            setValue('');
            onSearch(undefined);
          }}
        >
          Clear server search
        </Button>
      ) : null}
    </SpaceBetween>
  );
}
