import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AdminAddUserToGroupCommand, CreateGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { JobDetail } from '../../src/shared/model/jobs';
import type { UserRow } from '../../src/shared/model/users';
import { createTestPool, seedUsers, testIdp, usersCore } from './users-fixture';

const REGION = 'ap-south-1';
const ref = { profile: 'users-test', region: REGION };

/** Values that break naive CSV and JSON writers, and spreadsheets. moto stores attribute values unvalidated. */
const HOSTILE = [
  'Zoë 😀 日本語 עברית',
  'a,b,c',
  'say "hi", then ""bye""',
  'line1\nline2\r\nline3\rline4',
  'Flat 2\nLondon',
  'lone\rCR',
  'line\u2028separator',
  '=HYPERLINK("http://evil.example","click")',
  '+1+2',
  '-3',
  '@SUM(A1:A2)',
  '\tleading tab',
  '\rleading CR',
  `${'x'.repeat(2046)}é!`,
  "'already quoted",
  ' padded ',
  'back\\slash',
];
const neutralized = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

describe('export jobs against moto', () => {
  const endpoint = inject('motoEndpoint');
  let idp: CognitoIdentityProviderClient;
  let env: ReturnType<typeof usersCore>;
  let userPoolId: string;
  let pool: typeof ref & { userPoolId: string };
  const PLAIN = 150;

  beforeAll(async () => {
    idp = testIdp(endpoint, REGION);
    userPoolId = await createTestPool(idp, `export-${randomUUID().slice(0, 8)}`);
    pool = { ...ref, userPoolId };
    await seedUsers(idp, userPoolId, PLAIN);
    // hostile-00..: the hostile value in a custom attribute and in `name`.
    await seedUsers(
      idp,
      userPoolId,
      HOSTILE.length,
      (i) => ({
        email: `hostile-${i}@example.com`,
        name: HOSTILE[i] ?? '',
        'custom:note': HOSTILE[(i + 1) % HOSTILE.length] ?? '',
      }),
      'hostile',
    );
    // Group names may hold ; and \ (Cognito's pattern allows punctuation): the groups cell escapes them.
    for (const GroupName of ['ops;eu', 'back\\slash', 'plain']) {
      await idp.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName }));
      await idp.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, GroupName, Username: 'hostile-000' }));
    }
    env = usersCore(endpoint, REGION);
  });
  afterAll(async () => {
    await env.dispose();
    idp.destroy();
  });

  async function exportOf(request: object): Promise<JobDetail> {
    const started = await env.core.dispatch('jobs:start-export', { ...pool, ...request }, env.ctx);
    if (!started.ok) throw new Error(JSON.stringify(started.error));
    const { jobId } = started.value as { jobId: string };
    for (let i = 0; i < 1200; i++) {
      const got = await env.core.dispatch('jobs:get', { jobId }, env.ctx);
      if (got.ok && (got.value as JobDetail).state !== 'running') return got.value as JobDetail;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the export never ended');
  }
  const text = (detail: JobDetail): string => readFileSync(detail.resultFile ?? '', 'utf8');

  it('writes RFC 4180 CSV with a BOM that a real parser reads back to the exact values (formulas neutralized)', async () => {
    const detail = await exportOf({ format: 'csv', bom: true, groups: true });
    expect(detail).toMatchObject({ state: 'succeeded', done: PLAIN + HOSTILE.length });
    expect(path.dirname(detail.resultFile ?? '')).toBe(path.join(env.dir, 'data', 'exports'));
    // The 16 sub ^= partitions agreed with the estimate: no fallback scan.
    expect(detail.notes.filter((n) => n.item === '(export)')).toEqual([]);
    const raw = text(detail);
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(raw.slice(1), {
      header: true,
      delimiter: ',',
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(PLAIN + HOSTILE.length);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['username', 'groups', 'email', 'custom:note', 'sub']));
    for (let i = 0; i < HOSTILE.length; i++) {
      const row = parsed.data.find((r) => r.email === `hostile-${i}@example.com`);
      expect(row?.name).toBe(neutralized(HOSTILE[i] ?? ''));
      expect(row?.['custom:note']).toBe(neutralized(HOSTILE[(i + 1) % HOSTILE.length] ?? ''));
    }
    const grouped = parsed.data.find((r) => r.email === 'hostile-0@example.com')?.groups ?? '';
    expect(grouped.split(/(?<!\\);/).sort()).toEqual(['back\\\\slash', 'ops\\;eu', 'plain']);
  });

  it('writes JSON and NDJSON that parse back to the exact values, every user once', async () => {
    const json = JSON.parse(text(await exportOf({ format: 'json' }))) as UserRow[];
    const ndjson = text(await exportOf({ format: 'ndjson', sequential: true }))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as UserRow);
    for (const rows of [json, ndjson]) {
      expect(rows).toHaveLength(PLAIN + HOSTILE.length);
      expect(new Set(rows.map((r) => r.sub)).size).toBe(rows.length);
      for (let i = 0; i < HOSTILE.length; i++) {
        const row = rows.find((r) => r.attributes.email === `hostile-${i}@example.com`);
        expect(row?.attributes.name).toBe(HOSTILE[i]);
        expect(row?.attributes['custom:note']).toBe(HOSTILE[(i + 1) % HOSTILE.length]);
      }
    }
    expect(json.map((r) => r.username).sort()).toEqual(ndjson.map((r) => r.username).sort());
  });

  it("writes Cognito's import format: its header, \\, for commas, no BOM, and reports each row it cannot carry", async () => {
    const detail = await exportOf({ format: 'cognito-csv' });
    expect(detail.state).toBe('succeeded');
    const lines = text(detail).trimEnd().split('\n');
    expect(lines[0]?.startsWith('cognito:username,name,given_name')).toBe(true);
    expect(lines[0]).toContain('cognito:mfa_enabled,custom:dept,custom:note');
    expect(text(detail).charCodeAt(0)).not.toBe(0xfeff);
    const header = (lines[0] ?? '').split(',');
    const mfa = header.indexOf('cognito:mfa_enabled');
    const written = lines.slice(1).map((l) => l.split(/(?<!\\),/));
    expect(written.every((cells) => cells.length === header.length && cells[mfa] === 'false')).toBe(true);
    // hostile-000: name 'Zoë 😀 …', custom:note 'a,b,c' (the formula-looking values go out raw: no ' here).
    const commas = written.find((cells) => cells[header.indexOf('custom:note')] === 'a\\,b\\,c');
    expect(commas?.[header.indexOf('name')]).toBe(HOSTILE[0]);
    expect(written.find((cells) => cells[header.indexOf('name')] === '+1+2')).toBeDefined();
    expect(commas).toBeDefined();
    // Rows with a line break, a quote, a backslash or padding are left out and named in the report.
    const reported = new Set(detail.notes.map((n) => n.item));
    expect(lines.length - 1 + reported.size).toBe(PLAIN + HOSTILE.length);
    expect(detail.notes.find((n) => /line break/.test(n.message))).toBeDefined();
    expect(detail.notes.find((n) => /double quote/.test(n.message))).toBeDefined();
  });

  it('exports a selection (a missing user reported) and a server search', async () => {
    const selection = await exportOf({ format: 'ndjson', usernames: ['user-001', 'user-002', 'ghost-9'] });
    expect(text(selection).trimEnd().split('\n')).toHaveLength(2);
    expect(selection.notes).toEqual([{ item: 'ghost-9', message: 'No such user: not exported' }]);
    const search = await exportOf({
      format: 'ndjson',
      filter: { attribute: 'email', operator: '^=', value: 'user-01' },
    });
    expect(text(search).trimEnd().split('\n')).toHaveLength(10);
  });
});
