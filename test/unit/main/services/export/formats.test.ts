import { describe, expect, it } from 'vitest';
import { importLine } from '../../../../../src/main/services/export/cognito-csv';
import { neutralizeCell } from '../../../../../src/main/services/export/csv-cell';
import { suggestedExportName } from '../../../../../src/main/services/export/export-file';
import type { UserRow } from '../../../../../src/shared/model/users';

const header = ['cognito:username', 'name', 'email', 'phone_number', 'cognito:mfa_enabled', 'custom:dept'];
const row = (attributes: Record<string, string>): UserRow => ({
  username: 'ann',
  status: 'CONFIRMED',
  enabled: true,
  attributes,
});

describe('neutralizeCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j -> %j', (value, expected) => expect(neutralizeCell(value)).toBe(expected));
});

describe('importLine (Cognito user import format)', () => {
  it('writes values raw: commas as \\, phone numbers and formula-looking values untouched, mfa always filled', () => {
    expect(
      importLine(header, row({ name: 'Doe, Ann', phone_number: '+4915112345678', 'custom:dept': '=ops' }), false),
    ).toEqual({
      ok: true,
      line: 'ann,Doe\\, Ann,,+4915112345678,false,=ops',
    });
    expect(importLine(header, row({}), true)).toEqual({ ok: true, line: 'ann,,,,true,' });
  });

  it('refuses, with every reason, a row the format cannot carry', () => {
    const result = importLine(
      header,
      row({ name: 'two\nlines', email: 'a"b@example.com', 'custom:dept': ' padded' }),
      false,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'name holds a line break',
        'email holds a double quote (import values are never quoted)',
        'custom:dept starts or ends with white space, which import trims',
      ],
    });
    const long = importLine(header, row({ name: 'x'.repeat(16_000) }), false);
    expect(long.ok).toBe(false);
  });
});

describe('suggestedExportName', () => {
  it('is sortable and safe on every file system', () => {
    expect(suggestedExportName('eu-west-1_AbC', 'cognito-csv', new Date('2026-11-23T16:40:05Z'))).toBe(
      'eu-west-1_AbC-users-2026-11-23T16-40-05.import.csv',
    );
  });
});
