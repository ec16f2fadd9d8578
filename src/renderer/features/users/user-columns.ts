import type { ColDef } from 'ag-grid-community';
import type { UserMfa, UserRow } from '../../../shared/model/users';

/** Cognito's standard attributes, in the order the AWS console lists them; custom ones follow, then anything else. */
const STANDARD_COLUMN_ORDER = [
  'email',
  'email_verified',
  'phone_number',
  'phone_number_verified',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'address',
  'updated_at',
  'sub',
] as const;

/** Shown only on request: ids and flags that crowd the grid without helping to find a user. */
const HIDDEN_BY_DEFAULT = new Set([
  'sub',
  'email_verified',
  'phone_number_verified',
  'updated_at',
  'identities',
  'given_name',
  'family_name',
  'middle_name',
]);

export interface ColumnOption {
  id: string;
  label: string;
  alwaysVisible?: boolean;
  defaultVisible: boolean;
}

const FIXED_BEFORE: ColumnOption[] = [{ id: 'username', label: 'Username', alwaysVisible: true, defaultVisible: true }];
const FIXED_AFTER: ColumnOption[] = [
  { id: 'status', label: 'Status', defaultVisible: true },
  { id: 'enabled', label: 'Enabled', defaultVisible: true },
  { id: 'mfa', label: 'MFA', defaultVisible: true },
  { id: 'createdAt', label: 'Created', defaultVisible: true },
  { id: 'lastModifiedAt', label: 'Modified', defaultVisible: true },
];

// Custom attributes come right after the sign-in ones: they are what a pool's admins search and sort by.
const rank = (name: string): number => {
  const i = (STANDARD_COLUMN_ORDER as readonly string[]).indexOf(name);
  if (i >= 0) return i;
  return name.startsWith('custom:') ? 3.5 : 200;
};

/** Every attribute name present on any row: email and phone, custom ones, the other standard ones, the rest. */
export function attributeNames(rows: readonly UserRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name in row.attributes) names.add(name);
  return orderAttributes(names);
}

/** Attribute names in column order: email and phone, custom ones, the other standard ones, the rest. */
export function orderAttributes(names: Iterable<string>): string[] {
  return Array.from(names).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The chooser's options: username, one per attribute present, then status and dates. */
export function columnOptions(attributes: readonly string[]): ColumnOption[] {
  return [
    ...FIXED_BEFORE,
    ...attributes.map((name) => ({ id: `attr:${name}`, label: name, defaultVisible: !HIDDEN_BY_DEFAULT.has(name) })),
    ...FIXED_AFTER,
  ];
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatDate = (value: unknown): string => (typeof value === 'string' ? dateTime.format(new Date(value)) : '-');

const FACTOR_LABELS: Record<string, string> = { SMS_MFA: 'SMS', SOFTWARE_TOKEN_MFA: 'TOTP', EMAIL_OTP: 'Email' };
const factor = (type: string): string => FACTOR_LABELS[type] ?? type;

/** "TOTP (preferred), SMS", "None", or "Not read" when AdminGetUser was not called for the row (ListUsers lacks it). */
export function mfaText(mfa: UserMfa | undefined): string {
  if (!mfa) return 'Not read';
  if (mfa.enabled.length === 0) return 'None';
  return mfa.enabled.map((t) => (t === mfa.preferred ? `${factor(t)} (preferred)` : factor(t))).join(', ');
}

const MFA_TOOLTIP =
  'ListUsers does not return MFA settings; AdminGetUser does, one call per user. Opening a user reads theirs; ' +
  '"Read MFA" reads the selected users (UserRead quota).';

/** The ag-grid column for one chooser option. */
export function columnDef(option: ColumnOption): ColDef<UserRow> {
  const common = { colId: option.id, headerName: option.label, headerTooltip: option.label };
  if (option.id.startsWith('attr:')) {
    const name = option.id.slice('attr:'.length);
    const minWidth = name === 'email' ? 240 : name === 'sub' ? 300 : name === 'phone_number' ? 150 : 130;
    return { ...common, minWidth, valueGetter: (p) => p.data?.attributes[name] ?? '' };
  }
  switch (option.id) {
    case 'username':
      return { ...common, field: 'username', minWidth: 200 };
    case 'enabled':
      // A text value, not the boolean: ag-grid would draw a read-only checkbox that looks like selection.
      return { ...common, minWidth: 110, valueGetter: (p) => (p.data?.enabled === false ? 'Disabled' : 'Enabled') };
    case 'mfa':
      return { ...common, headerTooltip: MFA_TOOLTIP, minWidth: 140, valueGetter: (p) => mfaText(p.data?.mfa) };
    case 'createdAt':
    case 'lastModifiedAt':
      return {
        ...common,
        field: option.id,
        minWidth: 180,
        valueFormatter: (p) => formatDate(p.value),
      };
    default:
      return { ...common, field: 'status', minWidth: 200 };
  }
}

/** What the local index searches for a row: the username, status and every attribute value. */
export function searchableValues(row: UserRow): string[] {
  return [row.username, row.status, row.enabled ? 'enabled' : 'disabled', ...Object.values(row.attributes)];
}

/** Pins the Username column at the left when the user asked to keep it in view (the chooser's sticky setting). */
export function stickUsername<C extends ColDef<UserRow>>(columns: C[], sticky: boolean): C[] {
  return sticky ? columns.map((c) => (c.colId === 'username' ? { ...c, pinned: 'left' as const } : c)) : columns;
}
