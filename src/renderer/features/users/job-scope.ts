import type { UserFilter, UserRow } from '../../../shared/model/users';

export type Scope = 'selected' | 'matches' | 'all';

export interface ScopeInput {
  selected: UserRow[];
  matches: UserRow[] | undefined;
  filter: UserFilter | undefined;
  poolName: string;
  total: number;
}

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
