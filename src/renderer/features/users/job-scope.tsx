import RadioGroup from '@cloudscape-design/components/radio-group';
import type { UserFilter, UserRow } from '../../../shared/model/users';

export type Scope = 'selected' | 'matches' | 'all';

export interface ScopeInput {
  selected: UserRow[];
  matches: UserRow[] | undefined;
  filter: UserFilter | undefined;
  poolName: string;
  total: number;
}

const count = new Intl.NumberFormat();

/** The targets of a job: usernames (a selection, or the quick filter's matches), the server search, or the pool. */
export function scopeTargets(
  scope: Scope,
  input: ScopeInput,
): { usernames?: string[]; filter?: UserFilter; count: number | undefined } {
  if (scope === 'selected') return { usernames: input.selected.map((r) => r.username), count: input.selected.length };
  if (scope === 'matches' && input.matches)
    return { usernames: input.matches.map((r) => r.username), count: input.matches.length };
  if (input.filter) return { filter: input.filter, count: undefined };
  return { count: input.total };
}

export function defaultScope(input: ScopeInput): Scope {
  if (input.selected.length) return 'selected';
  return input.matches ? 'matches' : 'all';
}

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
    : `Every user of ${input.poolName} (${count.format(input.total)} loaded)`;
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
          label: `The ${count.format(input.matches?.length ?? 0)} users matching the quick filter`,
          disabled: !input.matches || input.matches.length === 0,
        },
        { value: 'all', label: all },
      ]}
    />
  );
}
