import type { CustomCellRendererProps } from 'ag-grid-react';
import type { UserPoolSummary } from '../../../shared/model/user-pools';

/** The pool name as a link to the pool's tabs; a plain anchor so it is keyboard- and middle-click-safe. */
export function PoolNameLink({ data, value }: CustomCellRendererProps<UserPoolSummary, string>) {
  if (!data) return null;
  return (
    <a className="grid-link" href={`#/pools/${encodeURIComponent(data.id)}/overview`}>
      {value}
    </a>
  );
}
