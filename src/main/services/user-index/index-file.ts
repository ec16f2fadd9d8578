import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { PoolRef } from '../../../shared/model/users';

/** SQLite's write-ahead log, shared-memory index and journal, and our own marker of damage found by a query. */
const SIDE_FILES = ['-wal', '-shm', '-journal', '.damaged'] as const;

/**
 * `<dataDir>/user-index/<pool id prefix>-<hash>.sqlite`. The hash of profile, region and pool keeps names unique and
 * safe (a profile name may hold characters a file system refuses); the prefix lets a person find a pool's file.
 */
export function indexFileName(ref: PoolRef): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([ref.profile, ref.region, ref.userPoolId]))
    .digest('hex');
  const readable = ref.userPoolId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40);
  return `${readable}-${hash.slice(0, 16)}.sqlite`;
}

export function indexDir(dataDir: string): string {
  return path.join(dataDir, 'user-index');
}

export function indexPath(dataDir: string, ref: PoolRef): string {
  return path.join(indexDir(dataDir), indexFileName(ref));
}

/** Deletes a pool's index and SQLite's side files; a close() of any open UserIndex on it must come first. */
export function dropIndex(dataDir: string, ref: PoolRef): void {
  const file = indexPath(dataDir, ref);
  for (const f of [file, ...SIDE_FILES.map((s) => file + s)]) rmSync(f, { force: true });
}

/**
 * Moves a damaged index and its side files aside as `<name>.corrupt-<timestamp>[-wal]`: kept for a bug report,
 * never read again. Returns the new name of the main file.
 */
export function moveAside(file: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  renameSync(file, target);
  for (const side of SIDE_FILES) {
    // A -shm file is rebuilt from the -wal; the -wal of a damaged file is evidence, so it moves along.
    if (existsSync(file + side)) renameSync(file + side, target + side);
  }
  return target;
}
