import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJobReport } from '../../../../../src/main/jobs/job-files';
import { openWriter } from '../../../../../src/main/services/export/writers';
import type { JobSummary } from '../../../../../src/shared/model/jobs';
import type { UserRow } from '../../../../../src/shared/model/users';

const dir = mkdtempSync(path.join(tmpdir(), 'cc-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What breaks CSV writers and readers, mixed with arbitrary Unicode text (emoji, RTL, combining marks...). */
const HOSTILE = ['\n', '\r', '\r\n', '\u2028', '\u2029', '"', ',', ' ', '\t', '=', '+', '-', '@', "'", ';', '\\'];
const fragment = fc.oneof(
  fc.constantFrom(...HOSTILE, '😀', 'עברית', 'مرحبا', 'Zoë', '\u0000'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const value = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
/** Cognito group names are never empty; a leading ' is the one case the formula guard makes ambiguous. */
const groupName = value.filter((name) => name.length > 0 && !name.startsWith("'"));
const COLUMNS = ['email', 'name', 'custom:note'];
const user = fc.record({
  username: value,
  attributes: fc.record({ email: value, name: value, 'custom:note': value }),
  groups: fc.array(groupName, { maxLength: 4 }),
});

/** The documented change: a cell a spreadsheet would run as a formula gets one leading '. */
const shown = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
/** The groups cell read back: `;` separates names, a backslash escapes the next character. */
function groupsOf(cell: string): string[] {
  const text = /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
  if (text === '') return [];
  const names: string[] = [''];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\\') names[names.length - 1] += text[++i] ?? '';
    else if (c === ';') names.push('');
    else names[names.length - 1] += c;
  }
  return names;
}

let files = 0;
async function exportCsv(
  users: { username: string; attributes: Record<string, string>; groups: string[] }[],
  bom: boolean,
) {
  const file = path.join(dir, `export-${files++}.csv`);
  const writer = openWriter({ format: 'csv', file, columns: COLUMNS, groups: true, bom });
  for (const u of users) {
    const row: UserRow = { username: u.username, status: 'CONFIRMED', enabled: true, attributes: u.attributes };
    await writer.write({ user: row, groups: u.groups });
  }
  await writer.close();
  return readFileSync(file, 'utf8');
}

describe('CSV export read back by an independent RFC 4180 parser (papaparse)', () => {
  it('gives back every value and every group, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(user, { maxLength: 12 }), fc.boolean(), async (users, bom) => {
        const raw = await exportCsv(users, bom);
        expect(raw.startsWith('\uFEFF')).toBe(bom);
        const parsed = Papa.parse<string[]>(bom ? raw.slice(1) : raw, {
          delimiter: ',',
          newline: '\r\n',
          skipEmptyLines: false,
        });
        expect(parsed.errors).toEqual([]);
        // The header, one record per user, and the empty string after the last CRLF.
        expect(parsed.data).toHaveLength(users.length + 2);
        const [header, ...records] = parsed.data;
        expect(header).toEqual(['username', 'status', 'enabled', 'createdAt', 'lastModifiedAt', 'groups', ...COLUMNS]);
        users.forEach((u, i) => {
          const cells = records[i] ?? [];
          expect(cells).toHaveLength(6 + COLUMNS.length);
          expect(cells[0]).toBe(shown(u.username));
          expect(groupsOf(cells[5] ?? '')).toEqual(u.groups);
          expect(cells.slice(6)).toEqual(COLUMNS.map((c) => shown(u.attributes[c as keyof typeof u.attributes])));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('quotes a lone LF, a lone CR, U+2028 and edge spaces (readers split or trim them otherwise)', async () => {
    const raw = await exportCsv(
      [
        {
          username: 'u',
          attributes: { email: 'Flat 2\nLondon', name: 'a\rb', 'custom:note': ' x\u2028y ' },
          groups: [],
        },
      ],
      false,
    );
    expect(raw.split('\r\n')[1]).toBe('u,CONFIRMED,true,,,,"Flat 2\nLondon","a\rb"," x\u2028y "');
  });
});

const summaryOf = (failed: number): JobSummary => ({
  ...{ jobId: randomUUID(), kind: 'bulk', state: 'failed', userPoolId: 'eu-west-1_x', label: 'disable' },
  ...{ done: failed, succeeded: 0, failed, ratePerSecond: 0, profile: 'p', region: 'eu-west-1' },
  ...{ operation: 'disable', startedAt: new Date(0).toISOString() },
});

describe('failures.csv of a job report', () => {
  it('reads back to the same items and reasons', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ item: value, code: value, reason: value }), { maxLength: 8 }),
        async (failures) => {
          const { failureFile } = await writeJobReport(path.join(dir, `job-${files++}`), {
            summary: summaryOf(failures.length),
            failures,
            notes: [],
          });
          if (failures.length === 0) {
            expect(failureFile).toBeUndefined();
            return;
          }
          const parsed = Papa.parse<Record<string, string>>(readFileSync(failureFile ?? '', 'utf8'), {
            header: true,
            delimiter: ',',
            newline: '\n',
            skipEmptyLines: true,
          });
          expect(parsed.errors).toEqual([]);
          expect(parsed.data).toEqual(failures);
        },
      ),
      { numRuns: 100 },
    );
  });
});
