import type { SQLOutputValue } from 'node:sqlite';
import type { UserRow } from '../../../shared/model/users';

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
