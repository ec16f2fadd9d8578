import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Papa from 'papaparse';
import type { Checkpoint } from '../src/main/services/export/checkpoint';
import type { ExportCheck } from './export-check';
import { checkExport } from './export-check';
import { CREDENTIALS, REGION } from './our-export';
import type { SyntheticUser } from './synthetic-cognito';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'cognito-console.cjs');
const PROFILE = 'bench-kill9';

export interface Kill9Result extends ExportCheck {
  /** Complete rows in the .partial when it was killed (header excluded). */
  killedAtRows: number;
  /** Rows the checkpoint on disk recorded at the kill: what the resume keeps. */
  checkpointedRows: number;
  /** Bytes of the .partial past the checkpoint at the kill: a torn or not yet checkpointed tail that resume cuts. */
  tailBytes: number;
  firstRunSecs: number;
  resumeSecs: number;
  /** The resume's own rate: users it added / its seconds. */
  resumeUsersPerS: number;
}

/**
 * A temp profile whose Cognito endpoint (the `services` section's cognito_identity_provider endpoint_url, read by
 * src/main/aws/profiles.ts) is `endpoint`, and the env that points the built CLI at it and at a fresh data folder.
 */
function cliEnv(dir: string, endpoint: string): NodeJS.ProcessEnv {
  mkdirSync(path.join(dir, 'home'), { recursive: true });
  writeFileSync(
    path.join(dir, 'config'),
    `[profile ${PROFILE}]\nregion = ${REGION}\nservices = bench-proxy\n\n` +
      `[services bench-proxy]\ncognito_identity_provider =\n  endpoint_url = ${endpoint}\n`,
  );
  writeFileSync(
    path.join(dir, 'credentials'),
    `[${PROFILE}]\naws_access_key_id = ${CREDENTIALS.accessKeyId}\naws_secret_access_key = ${CREDENTIALS.secretAccessKey}\n`,
  );
  return {
    PATH: process.env.PATH,
    HOME: path.join(dir, 'home'),
    COGNITO_CONSOLE_DATA_DIR: path.join(dir, 'data'),
    AWS_CONFIG_FILE: path.join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** Counts record ends (LF for ndjson, CRLF for csv) in the bytes appended to a file since the last call. */
function recordCounter(file: string, format: 'ndjson' | 'csv'): () => number {
  let offset = 0;
  let count = 0;
  let lastByte = -1;
  const chunk = Buffer.alloc(1 << 20);
  return () => {
    if (!existsSync(file)) return count;
    const fd = openSync(file, 'r');
    try {
      for (let n; (n = readSync(fd, chunk, 0, chunk.length, offset)) > 0; offset += n) {
        for (let i = 0; i < n; i++) {
          const byte = chunk[i] ?? 0;
          if (byte === 0x0a && (format === 'ndjson' || lastByte === 0x0d)) count++;
          lastByte = byte;
        }
      }
    } finally {
      closeSync(fd);
    }
    return count;
  };
}

/** The complete rows of a killed .partial: lines before the last LF (ndjson), records before the last CRLF (csv). */
function completeRows(file: string, format: 'ndjson' | 'csv'): number {
  const text = readFileSync(file, 'utf8');
  if (format === 'ndjson') {
    const lines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n');
    return lines.filter((l) => l !== '').map((l) => JSON.parse(l) as unknown).length;
  }
  const complete = text.slice(0, text.lastIndexOf('\r\n') + 2);
  return Papa.parse(complete, { header: true, skipEmptyLines: true, newline: '\r\n' }).data.length;
}

function run(args: string[], env: NodeJS.ProcessEnv, onStderr?: (text: string) => void) {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    onStderr?.(stderr);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

/**
 * The built CLI exports the whole pool through `endpoint` (the proxy), is killed with SIGKILL once the .partial holds
 * `killAt` of the pool's rows, then `--resume`s; the file is read back and compared with `users`.
 */
export async function kill9Resume(options: {
  dir: string;
  endpoint: string;
  poolId: string;
  users: readonly SyntheticUser[];
  format: 'ndjson' | 'csv';
  killAt: number;
}): Promise<Kill9Result> {
  const { dir, format, users } = options;
  const env = cliEnv(dir, options.endpoint);
  const out = path.join(dir, `kill9.${format}`);
  const partial = `${out}.partial`;
  let jobId: string | undefined;
  const started = performance.now();
  const first = run(
    ['users', 'export', '--profile', PROFILE, '--user-pool-id', options.poolId, '--format', format, '--out', out],
    env,
    (text) => (jobId ??= /^export job ([0-9a-f-]{36})$/m.exec(text)?.[1]),
  );
  const records = recordCounter(partial, format);
  let exitedEarly: Awaited<typeof first.exited> | undefined;
  void first.exited.then((e) => (exitedEarly = e));
  try {
    while (records() - (format === 'csv' ? 1 : 0) < options.killAt * users.length) {
      if (exitedEarly) throw new Error(`the export ended before the kill: ${JSON.stringify(exitedEarly)}`);
      await sleep(20);
    }
    first.child.kill('SIGKILL');
  } finally {
    first.child.kill('SIGKILL');
  }
  const killed = await first.exited;
  const firstRunSecs = (performance.now() - started) / 1000;
  if (killed.signal !== 'SIGKILL') throw new Error(`the export was not killed: ${JSON.stringify(killed)}`);
  if (!jobId) throw new Error(`no job id on stderr: ${killed.stderr}`);
  if (existsSync(out)) throw new Error('the killed export had already renamed its file: not midway');
  const killedAtRows = completeRows(partial, format);
  if (killedAtRows < 1 || killedAtRows > users.length - 1) {
    throw new Error(`killed with ${killedAtRows} of ${users.length} rows written: not midway`);
  }
  const checkpoint = JSON.parse(
    readFileSync(path.join(dir, 'data', 'cli-exports', 'jobs', jobId, 'checkpoint.json'), 'utf8'),
  ) as Checkpoint;
  const checkpointedRows = Object.values(checkpoint.partitions).reduce((sum, p) => sum + p.count, 0);
  const tailBytes = statSync(partial).size - checkpoint.partialBytes;

  const resumedAt = performance.now();
  const resumed = await run(['users', 'export', '--resume', jobId], env).exited;
  const resumeSecs = (performance.now() - resumedAt) / 1000;
  if (resumed.code !== 0) throw new Error(`resume exited ${resumed.code ?? resumed.signal}: ${resumed.stderr}`);
  const check = checkExport(out, format, users);
  return {
    ...check,
    killedAtRows,
    checkpointedRows,
    tailBytes,
    firstRunSecs,
    resumeSecs,
    resumeUsersPerS: (check.rows - checkpointedRows) / resumeSecs,
  };
}
