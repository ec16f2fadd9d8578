import type { ColDef } from 'ag-grid-community';
import type { UserPoolSummary } from '../../../shared/model/user-pools';
import { PoolNameLink } from './pool-name-link';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const count = new Intl.NumberFormat();

export const POOL_COLUMNS: ColDef<UserPoolSummary>[] = [
  { field: 'name', headerName: 'Name', minWidth: 200, sort: 'asc', cellRenderer: PoolNameLink },
  { field: 'id', headerName: 'Pool ID', minWidth: 300 },
  {
    field: 'createdAt',
    headerName: 'Created',
    minWidth: 190,
    valueFormatter: (p) => (typeof p.value === 'string' ? dateTime.format(new Date(p.value)) : '-'),
  },
  {
    field: 'estimatedUsers',
    headerName: 'Estimated users',
    minWidth: 160,
    type: 'numericColumn',
    valueFormatter: (p) => (typeof p.value === 'number' ? count.format(p.value) : '-'),
  },
  { field: 'mfa', headerName: 'MFA', valueFormatter: (p) => (typeof p.value === 'string' ? mfaLabel(p.value) : '-') },
  {
    colId: 'deletionProtection',
    headerName: 'Deletion protection',
    minWidth: 180,
    valueGetter: (p) =>
      p.data?.deletionProtection === true ? 'Active' : p.data?.deletionProtection === false ? 'Inactive' : '-',
  },
];

function mfaLabel(value: string): string {
  return value === 'ON' ? 'Required' : value === 'OPTIONAL' ? 'Optional' : 'Off';
}
