import type { IndexSelection } from '../../../shared/model/user-index';
import type { UserFilter, UserRow } from '../../../shared/model/users';

export type Scope = 'selected' | 'matches' | 'all';

/** The grid's search and filters over the local index, as the query a job takes instead of a list of users. */
export interface IndexMatches {
  selection: IndexSelection;
  /** Undefined while the exact count is still being read. */
  count: number | undefined;
  /** What the user searched for, e.g. `"sales" and email starts with "a"`. */
  description: string;
}

export interface ScopeInput {
  selected: UserRow[];
  /** The live grid's quick-filter matches (rows loaded in the window). */
  matches: UserRow[] | undefined;
  /** The local index grid's search and filters: every match, loaded or not. */
  indexMatches?: IndexMatches;
  filter: UserFilter | undefined;
  poolName: string;
  total: number;
  /** Where `total` comes from: the rows loaded from Cognito, or the local index's user count. */
  totalFrom?: 'loaded' | 'index';
}

export interface Targets {
  usernames?: string[];
  filter?: UserFilter;
  indexSelection?: IndexSelection;
  count: number | undefined;
}

/**
 * The targets of a job: usernames (a selection, or the quick filter's matches), the index selection (every user the
 * local index matches), the server search, or the pool.
 */
export function scopeTargets(scope: Scope, input: ScopeInput): Targets {
  if (scope === 'selected') return { usernames: input.selected.map((r) => r.username), count: input.selected.length };
  if (scope === 'matches' && input.indexMatches)
    return { indexSelection: input.indexMatches.selection, count: input.indexMatches.count };
  if (scope === 'matches' && input.matches)
    return { usernames: input.matches.map((r) => r.username), count: input.matches.length };
  if (input.filter) return { filter: input.filter, count: undefined };
  return { count: input.total };
}

export function defaultScope(input: ScopeInput): Scope {
  if (input.selected.length) return 'selected';
  return input.matches || input.indexMatches ? 'matches' : 'all';
}

/** The target fields of a start request (at most one of them is set). */
export function targetFields(targets: Targets): Pick<Targets, 'usernames' | 'filter' | 'indexSelection'> {
  return {
    ...(targets.usernames ? { usernames: targets.usernames } : {}),
    ...(targets.filter ? { filter: targets.filter } : {}),
    ...(targets.indexSelection ? { indexSelection: targets.indexSelection } : {}),
  };
}
