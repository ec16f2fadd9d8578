import { appendFile, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors';
import { EXPORT_FORMATS } from '../../../shared/model/jobs';
import { profileNameSchema, regionSchema } from '../../../shared/model/profiles';
import { userPoolIdSchema } from '../../../shared/model/user-pools';
import { CHECKPOINT_FILE } from '../../jobs/job-files';
import { PARTITIONS } from './scan';

/**
 * Where a whole-pool export stands, saved in the job's folder after every page is in the .partial file: enough to
 * continue it after a crash (kill -9, power to the process cut, app quit) with every user exactly once.
 */
const partitionSchema = z.object({
  /** The PaginationToken after the last page written; absent before the first page (and once done). */
  token: z.string().optional(),
  done: z.boolean(),
  /** Users this partition wrote (the count check at the end spans the crash). */
  count: z.number().int().nonnegative(),
  /**
   * Replaced by its 16 children (its key plus one hex character, each its own entry) after writing `count` users;
   * those users are in the subs file under this key, and each child skips the ones with its prefix.
   */
  split: z.boolean().optional(),
});
export type PartitionState = z.infer<typeof partitionSchema>;

/**
 * Version 2 may hold split partitions (keys longer than one character, `split` set). Version 1 (the fixed 16
 * partitions) is read as it is; writing 2 makes a build that knows only 1 refuse a checkpoint it would misread.
 */
export const CHECKPOINT_VERSION = 2;

export const checkpointSchema = z.object({
  version: z.union([z.literal(1), z.literal(CHECKPOINT_VERSION)]),
  jobId: z.string().uuid(),
  inputs: z.object({
    profile: profileNameSchema,
    region: regionSchema,
    userPoolId: userPoolIdSchema,
    format: z.enum(EXPORT_FORMATS),
    file: z.string().min(1),
    groups: z.boolean(),
    bom: z.boolean(),
    /** The header as first written: a schema changed since must not shift the columns of the resumed rows. */
    columns: z.array(z.string()),
  }),
  /** Length of the .partial when this was saved; anything after it is a half-written tail and is cut off. */
  partialBytes: z.number().int().nonnegative(),
  /** Length of the subs file (see subsFile) at the same moment. */
  subsBytes: z.number().int().nonnegative(),
  partitions: z.record(z.string(), partitionSchema),
  savedAt: z.string(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;
export type ExportInputs = Checkpoint['inputs'];

export const checkpointFile = (dir: string): string => path.join(dir, CHECKPOINT_FILE);
/**
 * One line per user written, `<partition> <sub>`: what a partition restarted from its start (its token refused)
 * skips. A sidecar rather than re-reading the .partial: the same for every format (the import format has no sub
 * column, and a CSV cell may be neutralized), appended in the same step as the page, and read only on resume.
 */
export const subsFile = (dir: string): string => path.join(dir, 'subs.txt');

export function partialOf(file: string): string {
  return `${file}.partial`;
}

export function freshCheckpoint(jobId: string, inputs: ExportInputs, partialBytes: number): Checkpoint {
  const partitions: Record<string, PartitionState> = {};
  for (const hex of PARTITIONS) partitions[hex] = { done: false, count: 0 };
  return {
    version: CHECKPOINT_VERSION,
    jobId,
    inputs,
    partialBytes,
    subsBytes: 0,
    partitions,
    savedAt: new Date().toISOString(),
  };
}

/** Temp file + rename: a crash leaves the previous checkpoint or this one, never half of one. */
export async function writeCheckpoint(dir: string, checkpoint: Checkpoint): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = checkpointFile(dir);
  await writeFile(`${file}.tmp`, JSON.stringify(checkpoint), { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

/** Appends the keys of one written page; answers the subs file's new length. */
export async function appendSubs(dir: string, partition: string, keys: string[], bytes: number): Promise<number> {
  if (keys.length === 0) return bytes;
  const text = keys.map((k) => `${partition} ${k}\n`).join('');
  await appendFile(subsFile(dir), text, { mode: 0o600 });
  return bytes + Buffer.byteLength(text);
}

export async function readCheckpoint(dir: string): Promise<Checkpoint> {
  let text: string;
  try {
    text = await readFile(checkpointFile(dir), 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `No export checkpoint in ${dir}: this export cannot be resumed.`);
  }
  const parsed = checkpointSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new AppError('VALIDATION', `The export checkpoint ${checkpointFile(dir)} is damaged.`);
  return parsed.data;
}

/**
 * Cuts a file back to `bytes` (what the checkpoint vouches for). A file shorter than that lost data the checkpoint
 * counted on: resuming would leave a gap, so it is refused.
 */
export async function truncateTo(file: string, bytes: number): Promise<void> {
  const size = await stat(file).then(
    (s) => s.size,
    () => -1,
  );
  if (size < bytes) {
    throw new AppError(
      'CONFLICT',
      `${file} holds ${Math.max(size, 0)} bytes, the checkpoint ${bytes}: it was changed, start the export again.`,
    );
  }
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
}

/**
 * Readies a resume: the .partial and the subs file cut back to the checkpoint, and for each unfinished partition
 * the subs already written under its prefix, by itself or by a partition it was split from (finished ones are
 * skipped, so their subs are not kept in memory).
 */
export async function prepareResume(dir: string, checkpoint: Checkpoint): Promise<Map<string, Set<string>>> {
  await truncateTo(partialOf(checkpoint.inputs.file), checkpoint.partialBytes);
  const seen = new Map<string, Set<string>>();
  let longest = 0;
  for (const [prefix, state] of Object.entries(checkpoint.partitions)) {
    if (state.done || state.split) continue;
    seen.set(prefix, new Set());
    longest = Math.max(longest, prefix.length);
  }
  if (checkpoint.subsBytes === 0) {
    await writeFile(subsFile(dir), '', { mode: 0o600 });
    return seen;
  }
  await truncateTo(subsFile(dir), checkpoint.subsBytes);
  for (const line of (await readFile(subsFile(dir), 'utf8')).split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const key = line.slice(space + 1);
    // A sub carries the prefix of every partition it was listed under; a key that is no sub (no such attribute)
    // stays with the partition that wrote it.
    let owner = seen.get(line.slice(0, space));
    for (let length = 1; length <= longest; length++) owner = seen.get(key.slice(0, length)) ?? owner;
    owner?.add(key);
  }
  return seen;
}

const ownerFile = (dir: string): string => path.join(dir, 'owner.pid');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process at a time writes an export: a second `--resume` of an export still running elsewhere would interleave
 * two writers in one .partial. The owner's pid is kept in the job folder; a pid that no longer runs (the process was
 * killed) is taken over. Answers the release, for the end of the pass.
 */
export async function claimExport(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const file = ownerFile(dir);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const owner = Number(await readFile(file, 'utf8').catch(() => ''));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new AppError(
        'CONFLICT',
        `This export is still running in process ${owner}: wait for it, or stop it first.`,
      );
    }
    await rm(file, { force: true });
  }
}

/** After success the folder keeps only the job's report; the checkpoint no longer names a resumable export. */
export async function removeCheckpoint(dir: string): Promise<void> {
  await Promise.all([rm(checkpointFile(dir), { force: true }), rm(subsFile(dir), { force: true })]);
}
