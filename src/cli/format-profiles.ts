import type { ProfileSummary } from '../shared/model/profiles';
import type { Column } from './table';
import { renderTable } from './table';

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

const COLUMNS: readonly Column<ProfileSummary>[] = [
  { header: 'NAME', value: (p) => p.name },
  { header: 'KIND', value: (p) => p.kind },
  { header: 'REGION', value: (p) => p.region ?? '-' },
  { header: 'READ-ONLY', value: (p) => yesNo(p.readOnly) },
  { header: 'DEFAULT', value: (p) => yesNo(p.isDefault) },
];

export function profilesText(profiles: readonly ProfileSummary[]): string {
  return renderTable(COLUMNS, profiles);
}
