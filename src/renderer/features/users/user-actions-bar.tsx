import type { PoolRef, UserFilter, UserRow } from '../../../shared/model/users';

interface Props {
  poolRef: PoolRef;
  rows: UserRow[];
  selected: UserRow[];
  matches: UserRow[] | undefined;
  filter: UserFilter | undefined;
}

/** Create, bulk actions and export for the users grid. */
export function UserActionsBar(_props: Props) {
  return null;
}
