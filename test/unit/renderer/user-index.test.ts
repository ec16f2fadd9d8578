import { describe, expect, it } from 'vitest';
import { buildUserIndex, queryTerms } from '../../../src/renderer/features/users/user-index';

interface Row {
  username: string;
  status: string;
  attributes: Record<string, string>;
}

const values = (row: Row): string[] => [row.username, row.status, ...Object.values(row.attributes)];

const TIERS = ['Gold', 'Silver', 'Bronze'];
const CITIES = ['München', 'Zürich', 'São Paulo', 'Kraków', 'Oslo'];

/** 100,000 users shaped like a real pool: standard attributes plus several custom ones. */
function makeRows(count: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < count; i += 1) {
    rows.push({
      username: `user${i}@example.com`,
      status: i % 7 === 0 ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
      attributes: {
        sub: `${(i * 2654435761) % 4294967296}`.padStart(10, '0') + '-4a1b-8c2d-' + String(i).padStart(12, '0'),
        email: `user${i}@example.com`,
        given_name: `Given${i % 997}`,
        family_name: `Family${i % 1009}`,
        'custom:tenant_id': `tenant-${String(i % 250).padStart(4, '0')}`,
        'custom:plan': TIERS[i % 3] as string,
        'custom:seats': String((i % 50) + 1),
        'custom:city': CITIES[i % 5] as string,
      },
    });
  }
  return rows;
}

const naive = (rows: Row[], query: string): Row[] => {
  const terms = queryTerms(query);
  return rows.filter((r) => terms.every((t) => values(r).some((v) => v.toLowerCase().includes(t))));
};

describe('user index', () => {
  const rows = makeRows(100_000);
  const started = performance.now();
  const index = buildUserIndex(rows, values);
  const buildMs = performance.now() - started;

  it('finds a custom attribute value by substring, case-insensitively', () => {
    const hits = index.search('TENANT-0042');
    expect(hits.length).toBe(400);
    expect(hits.every((r) => r.attributes['custom:tenant_id'] === 'tenant-0042')).toBe(true);
  });

  it('matches unicode values and ANDs whitespace-separated terms', () => {
    expect(index.search('zürich gold')).toEqual(naive(rows, 'zürich gold'));
    expect(index.search('são').length).toBe(20_000);
  });

  it('never matches across two attribute values', () => {
    // "example.com" ends the email and "FORCE" starts the status: joined naively they would form "comforce".
    expect(index.search('comforce')).toEqual([]);
  });

  it('returns every row, in load order, for an empty query, and nothing for an absent value', () => {
    expect(index.search('   ')).toHaveLength(rows.length);
    expect(index.search('no-such-value-anywhere')).toEqual([]);
  });

  it('gives the same answer when a query is refined one keystroke at a time as when typed at once', () => {
    let typed = '';
    for (const ch of 'user1234') {
      typed += ch;
      expect(index.search(typed)).toEqual(naive(rows, typed));
    }
    // Shortening the query must widen the result again, not keep searching the old hits.
    expect(index.search('user123')).toEqual(naive(rows, 'user123'));
    expect(index.search('plan gold').length).toBe(0);
    expect(index.search('gold').length).toBe(naive(rows, 'gold').length);
  });

  it('filters 100,000 rows fast (printed, not asserted)', () => {
    const timings: string[] = [];
    for (const query of ['tenant-0042', 'zürich', 'e', 'no-such-value', 'family100 gold']) {
      index.search(''); // a cold query: no refinement shortcut
      const t0 = performance.now();
      const hits = index.search(query);
      timings.push(`${query}=${(performance.now() - t0).toFixed(1)}ms(${hits.length})`);
    }
    console.log(`user-index rows=100000 build=${buildMs.toFixed(0)}ms ${timings.join(' ')}`);
    expect(index.size).toBe(100_000);
  });
});
