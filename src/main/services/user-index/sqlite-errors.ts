import { AppError } from '../../../shared/ipc/errors';

/** Primary result codes (https://sqlite.org/rescode.html); node:sqlite gives the extended code in `errcode`. */
export const SQLITE_BUSY = 5;
export const SQLITE_LOCKED = 6;
export const SQLITE_CORRUPT = 11;
export const SQLITE_FULL = 13;
export const SQLITE_NOTADB = 26;

export function sqliteCode(cause: unknown): number | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const code = (cause as { errcode?: unknown }).errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
}

/** Raised inside this folder for a file that must be rebuilt; never leaves the folder. */
export class DamagedIndexError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DamagedIndexError';
  }
}

export function isDamage(cause: unknown): boolean {
  if (cause instanceof DamagedIndexError) return true;
  const code = sqliteCode(cause);
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
}

export function damageReason(cause: unknown): string {
  if (cause instanceof DamagedIndexError) return cause.reason;
  return cause instanceof Error ? cause.message : String(cause);
}

/** What a caller of the index sees when SQLite fails: a plain message and a code the UI already knows. */
export function toIndexError(cause: unknown, file: string): AppError {
  if (cause instanceof AppError) return cause;
  const code = sqliteCode(cause);
  if (code === SQLITE_FULL) {
    return new AppError('INTERNAL', 'The disk is full: the local user index could not save this page of users.', {
      hint: `Free some disk space, then sync again; nothing of this page was saved. Index file: ${file}`,
    });
  }
  if (code === SQLITE_BUSY || code === SQLITE_LOCKED) return inUse(file);
  const message = cause instanceof Error ? cause.message : String(cause);
  return new AppError('INTERNAL', `The local user index failed: ${message}`, { hint: `Index file: ${file}` });
}

export function inUse(file: string): AppError {
  return new AppError(
    'CONFLICT',
    'The local user index is locked by another process (another window or copy of the app?).',
    { hint: `Close the other copy or wait for its sync to finish, then retry. Index file: ${file}` },
    true,
  );
}
