import RadioGroup from '@cloudscape-design/components/radio-group';
import type { Scope, ScopeInput } from './job-scope';

const count = new Intl.NumberFormat();

/** Which users a bulk action or export applies to. */
export function ScopePicker({
  value,
  onChange,
  input,
}: {
  value: Scope;
  onChange: (s: Scope) => void;
  input: ScopeInput;
}) {
  const all = input.filter
    ? `Every user matching the server search ${input.filter.attribute} ${input.filter.operator} "${input.filter.value}"`
    : `Every user of ${input.poolName} (${count.format(input.total)} ${input.totalFrom === 'index' ? 'in the local index' : 'loaded'})`;
  const index = input.indexMatches;
  const matches = index
    ? `The ${index.count === undefined ? '' : `${count.format(index.count)} `}users matching ${index.description} in the local index`
    : `The ${count.format(input.matches?.length ?? 0)} users matching the quick filter`;
  return (
    <RadioGroup
      value={value}
      onChange={(e) => onChange(e.detail.value as Scope)}
      items={[
        {
          value: 'selected',
          label: `The ${count.format(input.selected.length)} selected users`,
          disabled: input.selected.length === 0,
        },
        {
          value: 'matches',
          label: matches,
          disabled: index ? index.count === 0 : !input.matches || input.matches.length === 0,
        },
        { value: 'all', label: all },
      ]}
    />
  );
}
