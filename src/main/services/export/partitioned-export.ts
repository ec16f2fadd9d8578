import { setMaxListeners } from 'node:events';
import { rm } from 'node:fs/promises';
import type { UserType } from '@aws-sdk/client-cognito-identity-provider';
import type { JobControl } from '../../jobs/runner';
import type { Checkpoint, ExportInputs } from './checkpoint';
import { appendSubs, claimExport, freshCheckpoint, prepareResume, subsFile, writeCheckpoint } from './checkpoint';
import type { ScheduledStart, ScheduleTuning } from './partition-scheduler';
import { scheduledPartitionScan } from './partition-scheduler';
import type { ScanOptions } from './scan';
import type { ExportWriter } from './writers';

/** Writes one page and, in the same turn of the writer's queue, runs `after` (the checkpoint). */
export type PageWriter = (users: UserType[], after: () => Promise<void>) => Promise<void>;

/** What the pass needs once the pool is described: the export's inputs, its writer and its page writer. */
export interface PreparedPass {
  inputs: ExportInputs;
  /** Opens the writer on the .partial: fresh, or appending at a byte length. */
  open: (appendAt?: number) => ExportWriter;
  pages: (writer: ExportWriter) => PageWriter;
}

export interface PartitionedPass {
  scan: ScanOptions;
  job: JobControl;
  /**
   * Settles once the pool is described (DescribeUserPool): the scan's first calls go out before it, and their pages
   * wait for it (the writer, the first checkpoint) in the order they came. Its failure fails the pass.
   */
  prepared: Promise<PreparedPass>;
  /** The pool's estimated size and, for tests, fixed figures for the split decisions (partition-scheduler.ts). */
  schedule?: ScheduleTuning;
}

/**
 * The whole-pool partitioned scan, checkpointed after every page: the page is in the .partial (flushed to the
 * file), its subs in the sidecar, then the checkpoint is replaced with each partition's next token and both files'
 * lengths. Pages of all partitions go through one queue, so a checkpoint always describes exactly the bytes before
 * it; a partition split into its children (partition-scheduler.ts) is recorded the same way, in the queue's order, before
 * any child's first page. Written to the OS, not fsynced: it survives the process dying (kill -9, a crash), not the machine losing power;
 * an fsync per page would cost more than the page. Answers each partition's count (earlier runs included).
 * On a failure the writer is closed and the .partial, subs and checkpoint stay for a resume.
 */
export async function partitionedPass(pass: PartitionedPass, resume?: Checkpoint): Promise<number[]> {
  // A resume reads and cuts the job's files, so it owns the folder first. A fresh export's job id is new: its first
  // ListUsers calls go out while the folder is claimed, and its pages wait for the claim with the writer.
  const claimed = claimExport(pass.job.dir);
  if (resume) await claimed;
  else claimed.catch(() => undefined);
  try {
    return await checkpointed(pass, resume, claimed);
  } finally {
    const release = await claimed.catch(() => undefined);
    await release?.();
  }
}

async function checkpointed(
  pass: PartitionedPass,
  resume: Checkpoint | undefined,
  claimed: Promise<unknown>,
): Promise<number[]> {
  const { job } = pass;
  let starts: Map<string, ScheduledStart> | undefined;
  if (resume) {
    const seen = await prepareResume(job.dir, resume);
    starts = new Map(
      Object.entries(resume.partitions).map(([prefix, s]) => [
        prefix,
        { ...s, seen: seen.get(prefix) ?? new Set<string>() },
      ]),
    );
    job.succeeded(Object.values(resume.partitions).reduce((sum, s) => sum + s.count, 0));
  }
  // The writer and the first checkpoint, once the folder is claimed and the pool described; every page and split
  // waits for it.
  const setup = (async () => {
    await claimed;
    if (!resume) await rm(subsFile(job.dir), { force: true });
    const { inputs, open, pages } = await pass.prepared;
    const writer = open(resume?.partialBytes);
    const checkpoint = resume ?? freshCheckpoint(job.id, inputs, 0);
    try {
      checkpoint.partialBytes = await writer.flush();
      await writeCheckpoint(job.dir, checkpoint);
    } catch (error) {
      writer.abort();
      throw error;
    }
    return { writer, checkpoint, write: pages(writer) };
  })();
  // Awaited by every page and at the end; this only keeps a failure before the first page from being unhandled.
  setup.catch(() => undefined);
  // A failed partition stops the others (no more calls, no checkpoint after the failure).
  const stop = new AbortController();
  const signal = AbortSignal.any([job.signal, stop.signal]);
  // Every running partition waits on it (up to MAX_RUNNABLE after splits).
  setMaxListeners(1024, signal);
  const save = async (checkpoint: Checkpoint): Promise<void> => {
    checkpoint.savedAt = new Date().toISOString();
    await writeCheckpoint(job.dir, checkpoint);
  };
  try {
    const { counts } = await scheduledPartitionScan(
      { ...pass.scan, signal },
      {
        page: async (page) => {
          const { writer, checkpoint, write } = await setup;
          return write(page.users, async () => {
            if (signal.aborted) return;
            const state = checkpoint.partitions[page.partition] ?? { done: false, count: 0 };
            // The scan's last page: the file is closed, renamed and the checkpoint removed next, so a checkpoint
            // now would be deleted unread. Should the process die before the rename, the one before it is kept:
            // a resume cuts this page off the .partial and lists it again.
            if (!page.next && lastOpen(checkpoint) === page.partition) return;
            checkpoint.partialBytes = await writer.flush();
            checkpoint.subsBytes = await appendSubs(job.dir, page.partition, page.keys, checkpoint.subsBytes);
            checkpoint.partitions[page.partition] = {
              ...(page.next ? { token: page.next } : {}),
              done: page.next === undefined,
              count: state.count + page.users.length,
            };
            await save(checkpoint);
          });
        },
        split: async (parent, children) => {
          const { checkpoint, write } = await setup;
          return write([], async () => {
            if (signal.aborted) return;
            const state = checkpoint.partitions[parent] ?? { done: false, count: 0 };
            checkpoint.partitions[parent] = { done: false, count: state.count, split: true };
            for (const child of children) checkpoint.partitions[child] = { done: false, count: 0 };
            await save(checkpoint);
          });
        },
        ready: setup,
      },
      starts,
      pass.schedule,
    );
    await (await setup).writer.close();
    return [...counts.values()];
  } catch (error) {
    stop.abort();
    // A writer opened after the failure (the pool described late) is closed too.
    (await setup.catch(() => undefined))?.writer.abort();
    throw error;
  }
}

/** The one partition of the checkpoint still to finish, if exactly one is left (split ones go on as their children). */
function lastOpen(checkpoint: Checkpoint): string | undefined {
  const open = Object.entries(checkpoint.partitions).filter(([, s]) => !s.done && !s.split);
  return open.length === 1 ? open[0]?.[0] : undefined;
}
