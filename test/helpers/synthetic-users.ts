// Synthetic Cognito users for the index bench and the 1M-row grid spec: deterministic per number (a user can be
// regenerated from n to pick search fragments or count matches), with the names, scripts and shapes of a real pool.
import type { UserRow } from '../../src/shared/model/users';

/** Deterministic, so a user can be regenerated from its number when picking search fragments. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const GIVEN = [
  'James',
  'Mary',
  'José',
  'Zoë',
  'Łukasz',
  'Søren',
  'Aiko',
  'Дмитрий',
  'محمد',
  'Chloé',
  'Wei',
  'Priya',
  'Olumide',
  'Ingrid',
  'Mateo',
  'Fatima',
  'Noah',
  'Emma',
  'Liam',
  'Olivia',
  'Σοφία',
  'Björn',
  'Ana',
  'Kenji',
];
const FAMILY = [
  'Smith',
  'García',
  'Müller',
  'Nowak',
  'Kowalski',
  'Rossi',
  'Dubois',
  'Иванов',
  '王',
  'Tanaka',
  'Kim',
  'Nguyen',
  'Okafor',
  'Johansson',
  'Silva',
  'Haddad',
  'Brown',
  'Jones',
  'Papadopoulos',
  'Öztürk',
  'Patel',
  'Lee',
];
const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.net', 'exämple.de', 'example.co.jp'];
const ROLES = ['admin', 'editor', 'viewer', 'billing', 'support', 'auditor', 'developer', 'gérant'];
const STATUSES = ['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'UNCONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED'];

export function syntheticUser(n: number): UserRow {
  const r = random(n * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const hex = (len: number): string => Array.from({ length: len }, () => Math.floor(r() * 16).toString(16)).join('');
  const sub = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const given = pick(GIVEN);
  const family = pick(FAMILY);
  const created = Date.UTC(2019, 0, 1) + Math.floor(r() * 6 * 365 * 86_400_000);
  return {
    username: `${given}.${family}.${n}`.toLowerCase(),
    sub,
    status: pick(STATUSES),
    enabled: r() > 0.05,
    createdAt: new Date(created).toISOString(),
    lastModifiedAt: new Date(created + Math.floor(r() * 365 * 86_400_000)).toISOString(),
    attributes: {
      sub,
      email: `${given}.${family}${n % 1000}@${pick(DOMAINS)}`.toLowerCase(),
      email_verified: r() > 0.2 ? 'true' : 'false',
      name: `${given} ${family}`,
      given_name: given,
      family_name: family,
      phone_number: `+${1 + Math.floor(r() * 98)}${String(Math.floor(r() * 1e10)).padStart(10, '0')}`,
      'custom:tenant': `tenant-${String(Math.floor(r() * 5000)).padStart(4, '0')}`,
      'custom:role': pick(ROLES),
      'custom:employee_id': `E${String(Math.floor(r() * 1e7)).padStart(7, '0')}`,
    },
  };
}
