import type { DatabaseSync } from 'node:sqlite';
import type { UserRow } from '../../../shared/model/users';
import { searchText } from './fold';
import { UPSERT, upsertArgs, userKey } from './row';
import { inTransaction } from './transaction';

/**
 * A change the console made in Cognito, written into the pool's index at once so the grid shows it without a
 * sync (issue #13):
 * - row: the user as Cognito answered after a create, an attribute edit or a read (AdminGetUser);
 * - remove: users deleted (or found gone when read);
 * - patch: what a bulk action is known to have done, without a read per user (enable/disable, set one attribute,
 *   confirm sign-up), `lastModifiedAt` then being the time the change was applied.
 */
export type IndexEdit =
  | { kind: 'row'; row: UserRow }
  | { kind: 'remove'; usernames: string[] }
  | {
      kind: 'patch';
      usernames: string[];
      enabled?: boolean;
      status?: string;
      attributes?: Record<string, string>;
      lastModifiedAt: string;
    };

/**
 * Applies edits in one transaction and answers how many stored rows changed. Rows are found by user name (the
 * grid's and the jobs' identity; an index for the username column exists). A row edit gets the newest scan
 * generation, so a scan in progress that already passed the user's partition keeps it; patches and users unknown
 * to the index change nothing for a patch (the next sync brings them).
 */
export function applyEdits(db: DatabaseSync, edits: readonly IndexEdit[]): number {
  return inTransaction(db, () => {
    const generation = Number(db.prepare("SELECT value FROM meta WHERE key = 'generation'").get()?.value ?? 0);
    let changed = 0;
    for (const edit of edits) {
      if (edit.kind === 'row') changed += writeRow(db, edit.row, generation);
      else if (edit.kind === 'remove') changed += removeUsers(db, edit.usernames);
      else changed += patchUsers(db, edit);
    }
    return changed;
  });
}

function writeRow(db: DatabaseSync, r: UserRow, generation: number): number {
  // A row stored under another key (no sub then, a sub now) would be a duplicate: the user name is the identity.
  db.prepare('DELETE FROM users WHERE username = ? AND key <> ?').run(r.username, userKey(r));
  db.prepare(UPSERT).run(...upsertArgs(r, generation));
  return 1;
}

function removeUsers(db: DatabaseSync, usernames: readonly string[]): number {
  const remove = db.prepare('DELETE FROM users WHERE username = ?');
  return usernames.reduce((n, name) => n + Number(remove.run(name).changes), 0);
}

function patchUsers(db: DatabaseSync, edit: Extract<IndexEdit, { kind: 'patch' }>): number {
  const read = db.prepare('SELECT id, attributes FROM users WHERE username = ?');
  const write = db.prepare(
    `UPDATE users SET enabled = coalesce(?, enabled), status = coalesce(?, status), last_modified_at = ?,
       attributes = coalesce(?, attributes), search = coalesce(?, search) WHERE id = ?`,
  );
  let changed = 0;
  for (const username of edit.usernames) {
    const stored = read.get(username);
    if (!stored) continue;
    let attributes: Record<string, string> | undefined;
    if (edit.attributes) {
      attributes = { ...(JSON.parse(String(stored.attributes)) as Record<string, string>), ...edit.attributes };
    }
    write.run(
      edit.enabled === undefined ? null : edit.enabled ? 1 : 0,
      edit.status ?? null,
      edit.lastModifiedAt,
      attributes ? JSON.stringify(attributes) : null,
      attributes ? searchText(username, attributes) : null,
      Number(stored.id),
    );
    changed++;
  }
  return changed;
}
