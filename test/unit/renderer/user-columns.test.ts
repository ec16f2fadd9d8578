import { describe, expect, it } from 'vitest';
import type { UserRow } from '../../../src/shared/model/users';
import { resolveColumns } from '../../../src/renderer/features/users/column-prefs';
import { narrowestWidth } from '../../../src/renderer/components/grid-pinning';
import {
  attributeNames,
  columnDef,
  columnOptions,
  mfaText,
  searchableValues,
  stickUsername,
} from '../../../src/renderer/features/users/user-columns';

const row = (username: string, attributes: Record<string, string>): UserRow => ({
  username,
  status: 'CONFIRMED',
  enabled: true,
  attributes,
});

describe('user columns', () => {
  const rows = [
    row('a', { sub: '1', email: 'a@x.io', 'custom:tenant_id': 't1', given_name: 'A' }),
    row('b', { sub: '2', phone_number: '+15550001', 'custom:plan': 'gold', zz_unknown: 'q' }),
  ];

  it('lists every attribute present once: email and phone, custom ones, other standard ones, then the rest', () => {
    expect(attributeNames(rows)).toEqual([
      'email',
      'phone_number',
      'custom:plan',
      'custom:tenant_id',
      'given_name',
      'sub',
      'zz_unknown',
    ]);
  });

  it('offers username first and status/dates last, with ids and name parts hidden by default', () => {
    const options = columnOptions(attributeNames(rows));
    expect(options[0]).toMatchObject({ id: 'username', alwaysVisible: true });
    expect(options.map((o) => o.id).slice(-5)).toEqual(['status', 'enabled', 'mfa', 'createdAt', 'lastModifiedAt']);
    expect(options.find((o) => o.id === 'attr:sub')?.defaultVisible).toBe(false);
    expect(options.find((o) => o.id === 'attr:custom:plan')?.defaultVisible).toBe(true);
  });

  it('searches a row by username, status and every attribute value', () => {
    expect(searchableValues(rows[1] as UserRow)).toEqual(
      expect.arrayContaining(['b', 'CONFIRMED', 'gold', '+15550001', 'q']),
    );
  });
});

describe('column preferences', () => {
  const options = columnOptions(['email', 'custom:plan', 'custom:tenant_id']);

  it('uses the defaults when nothing is saved', () => {
    expect(resolveColumns(options, undefined).map((p) => p.id)).toEqual(options.map((o) => o.id));
  });

  it('keeps the saved order and visibility, drops columns gone from the pool, places new ones after their neighbour', () => {
    // What the chooser saved before custom:tenant_id existed, reordered by the user; one column has since gone.
    const saved = [
      { id: 'status', visible: true },
      { id: 'attr:custom:plan', visible: false },
      { id: 'username', visible: false },
      { id: 'attr:email', visible: true },
      { id: 'attr:gone', visible: true },
      { id: 'enabled', visible: false },
      { id: 'createdAt', visible: true },
      { id: 'lastModifiedAt', visible: true },
    ];
    const resolved = resolveColumns(options, saved);
    expect(resolved.slice(0, 3)).toEqual([
      { id: 'status', visible: true },
      { id: 'attr:custom:plan', visible: false },
      { id: 'attr:custom:tenant_id', visible: true },
    ]);
    // username is always visible, whatever was saved.
    expect(resolved.find((p) => p.id === 'username')).toEqual({ id: 'username', visible: true });
    expect(resolved.find((p) => p.id === 'enabled')).toEqual({ id: 'enabled', visible: false });
    expect(resolved.map((p) => p.id)).not.toContain('attr:gone');
    // Every column exactly once; custom:tenant_id, never seen, sits right after custom:plan, its default predecessor.
    expect(new Set(resolved.map((p) => p.id)).size).toBe(options.length);
    expect(resolved).toHaveLength(options.length);
  });
});

describe('the MFA column', () => {
  it('says "Not read" until AdminGetUser read the row (ListUsers has no MFA), then names factors and the preferred one', () => {
    expect(mfaText(undefined)).toBe('Not read');
    expect(mfaText({ enabled: [] })).toBe('None');
    expect(mfaText({ enabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' })).toBe(
      'SMS, TOTP (preferred)',
    );
    expect(columnOptions([]).map((o) => o.id)).toContain('mfa');
  });
});

describe('stickUsername and narrowestWidth (when "Keep Username in view" pins)', () => {
  const options = columnOptions(['email', 'custom:dept', 'sub']);
  const columns = options.map((o) => ({ ...columnDef(o), hide: !o.defaultVisible }));

  it('pins only the Username column, and only when asked', () => {
    expect(stickUsername(columns, false).some((c) => c.pinned)).toBe(false);
    const stuck = stickUsername(columns, true);
    expect(stuck.filter((c) => c.pinned === 'left').map((c) => c.colId)).toEqual(['username']);
  });

  it('adds the minimum widths of the shown columns and the checkbox column, hidden ones left out', () => {
    const shown = columns.filter((c) => !c.hide);
    const sum = shown.reduce((total, c) => total + (c.width ?? c.minWidth ?? 120), 0);
    expect(narrowestWidth(columns, 120, false)).toBe(sum);
    expect(narrowestWidth(columns, 120, true)).toBe(sum + 52);
    // sub is hidden by default: showing it (300 px at least) widens the grid's need by that much.
    const withSub = columns.map((c) => (c.colId === 'attr:sub' ? { ...c, hide: false } : c));
    expect(narrowestWidth(withSub, 120, false)).toBe(sum + 300);
    // A column without widths counts the grid's default minimum.
    expect(narrowestWidth([{ colId: 'x' }], 90, false)).toBe(90);
  });
});
