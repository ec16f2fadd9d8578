import type { SQLOutputValue } from 'node:sqlite';
import type { UserRow } from '../../../shared/model/users';
import { searchText } from './fold';

const text = (v: SQLOutputValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** A stored row back to the grid's shape; the attributes JSON was written by upsertUsers, so it is an object of strings. */
export function toRow(r: Record<string, SQLOutputValue>): UserRow {
  const sub = text(r.sub);
  const createdAt = text(r.created_at);
  const lastModifiedAt = text(r.last_modified_at);
  return {
    username: String(r.username),
    ...(sub === undefined ? {} : { sub }),
    status: String(r.status),
    enabled: r.enabled === 1,
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(lastModifiedAt === undefined ? {} : { lastModifiedAt }),
    attributes: JSON.parse(String(r.attributes)) as Record<string, string>,
  };
}

export const UPSERT = `INSERT INTO users
  (key, sub, username, status, enabled, created_at, last_modified_at, attributes, search, generation)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET sub = excluded.sub, username = excluded.username, status = excluded.status,
    enabled = excluded.enabled, created_at = excluded.created_at, last_modified_at = excluded.last_modified_at,
    attributes = excluded.attributes, search = excluded.search, generation = excluded.generation`;

export function userKey(row: UserRow): string {
  const sub = row.sub ?? row.attributes.sub;
  return sub ? sub : `username:${row.username}`;
}

/** UPSERT's parameters for one row. */
export function upsertArgs(r: UserRow, generation: number): (string | number | null)[] {
  return [
    userKey(r),
    r.sub ?? r.attributes.sub ?? null,
    r.username,
    r.status,
    r.enabled ? 1 : 0,
    r.createdAt ?? null,
    r.lastModifiedAt ?? null,
    JSON.stringify(r.attributes),
    searchText(r.username, r.attributes),
    generation,
  ];
}
