import type { WireError } from '../../shared/ipc/errors';
import type { JobKind } from '../../shared/model/jobs';

/** What the work of a job reports while it runs. */
export interface JobControl {
  readonly id: string;
  readonly signal: AbortSignal;
  /** <dataDir>/jobs/<id>: where the job keeps its files. */
  readonly dir: string;
  setTotal(total: number | undefined): void;
  succeeded(count?: number): void;
  failed(item: string, error: WireError): void;
  /** Something the user must know about one item that did not fail it (e.g. a value the format can't carry). */
  note(item: string, message: string): void;
  setResultFile(file: string): void;
  /** Starts the counts over (an export that falls back to a second scan). */
  resetCounts(): void;
}

export interface JobInit {
  kind: JobKind;
  profile: string;
  region: string;
  userPoolId: string;
  /** Display only: the pool's name as the starting window knew it. */
  poolName?: string;
  operation: string;
  label: string;
  total?: number;
  retryOf?: string;
  /** Resume: run under this earlier job's id, so its folder (checkpoint) and the id the user has stay the same. */
  jobId?: string;
  /** The work; throwing fails the job as a whole (items already done stay done). */
  run(job: JobControl): Promise<void>;
  /** A job of the same kind on only these items; absent when the job cannot be retried item by item. */
  retry?(items: string[]): JobInit;
}
