import type { UserPoolSummary } from '../shared/model/user-pools';
import type { Column } from './table';
import { renderTable } from './table';

/** By name, then id: ListUserPools has no useful order and pool names need not be unique. */
export function sortPools(pools: readonly UserPoolSummary[]): UserPoolSummary[] {
  return [...pools].sort(
    (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
  );
}

/** `2026-03-01 14:05` in UTC: sortable, one width, and the same on every machine. */
export function formatCreated(iso: string | undefined): string {
  if (!iso) return '-';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '-';
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

function onOff(value: boolean | undefined): string {
  return value === undefined ? '-' : value ? 'on' : 'off';
}

const COLUMNS: readonly Column<UserPoolSummary>[] = [
  { header: 'NAME', value: (p) => p.name },
  { header: 'ID', value: (p) => p.id },
  { header: 'CREATED (UTC)', value: (p) => formatCreated(p.createdAt) },
  {
    header: 'EST. USERS',
    value: (p) => (p.estimatedUsers === undefined ? '-' : String(p.estimatedUsers)),
    align: 'right',
  },
  { header: 'MFA', value: (p) => p.mfa ?? '-' },
  { header: 'DELETION PROTECTION', value: (p) => onOff(p.deletionProtection) },
];

/** The table, then a note per pool whose details could not be read (its row shows `-` there). */
export function poolsText(pools: readonly UserPoolSummary[], where: { profile: string; region: string }): string {
  if (pools.length === 0) return `No user pools in ${where.region} for profile "${where.profile}".\n`;
  const notes = pools.filter((p) => p.detailError).map((p) => `note: no details for ${p.id}: ${p.detailError ?? ''}\n`);
  return renderTable(COLUMNS, pools) + notes.join('');
}
