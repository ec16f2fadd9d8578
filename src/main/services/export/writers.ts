import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { ExportFormat } from '../../../shared/model/jobs';
import type { UserRow } from '../../../shared/model/users';
import { importLine } from './cognito-csv';
import { groupsCell, neutralizeCell } from './csv-cell';
import { csvText } from './csv-stringifier';

export interface ExportRecord {
  user: UserRow;
  groups?: string[];
  /** Import format only: cognito:mfa_enabled for this user. */
  mfaEnabled?: boolean;
}

/** Writes one user at a time with backpressure, so memory holds a page, never the pool. */
export interface ExportWriter {
  /** Resolves once written; answers the problems of a user the format could not carry (then not written). */
  write(record: ExportRecord): Promise<string[]>;
  /** Resolves when everything written so far is in the file, with the file's length then (a resume checkpoint). */
  flush(): Promise<number>;
  close(): Promise<void>;
  abort(): void;
}

export interface WriterOptions {
  format: ExportFormat;
  file: string;
  /** csv: the pool's schema attributes; cognito-csv: the import header. */
  columns: string[];
  groups: boolean;
  bom: boolean;
  /**
   * Resume: the file already holds this many bytes of this export (cut back to its checkpoint). The writer appends
   * and writes no header, BOM or `[` again; whether users were written before is read from the length, since every
   * format writes its opening bytes before (csv) or with (the others) its first user.
   */
  appendAt?: number;
}

const FIXED = ['username', 'status', 'enabled', 'createdAt', 'lastModifiedAt'] as const;

export function openWriter(options: WriterOptions): ExportWriter {
  const file = fileSink(options.file, options.appendAt);
  const resumed = options.appendAt !== undefined && options.appendAt > 0;
  switch (options.format) {
    case 'csv':
      return csvWriter(file, options, resumed);
    case 'cognito-csv':
      return importWriter(file, options.columns, resumed);
    case 'json':
    case 'ndjson':
      return jsonWriter(file, options.format, options.groups, resumed);
  }
}

interface FileSink {
  put(chunk: string): Promise<void>;
  flush(): Promise<number>;
  end(): Promise<void>;
  abort(): void;
}

/** A write stream that knows when its last chunk reached the file and how long the file is then. */
function fileSink(path: string, appendAt: number | undefined): FileSink {
  const out = createWriteStream(path, { mode: 0o600, flags: appendAt === undefined ? 'w' : 'a' });
  let last: Promise<void> = Promise.resolve();
  return {
    async put(chunk) {
      // Chunks are written in order, so the last one's callback means every earlier one is in the file too.
      last = new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
      // Its failure surfaces in flush() or end(): a write error also fails the stream.
      last.catch(() => undefined);
      if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    },
    async flush() {
      await last;
      return (appendAt ?? 0) + out.bytesWritten;
    },
    async end() {
      await last;
      out.end();
      await finished(out);
    },
    abort: () => out.destroy(),
  };
}

function csvWriter(file: FileSink, options: WriterOptions, resumed: boolean): ExportWriter {
  const columns = [...FIXED, ...(options.groups ? ['groups'] : []), ...options.columns];
  const known = new Set(options.columns);
  // RFC 4180: CRLF records, quotes doubled, every field with a line break, comma, quote or edge space quoted.
  const csvOptions = { columns, record_delimiter: 'windows' } as const;
  const header = resumed ? Promise.resolve() : file.put(csvText([], { ...csvOptions, header: true, bom: options.bom }));
  return {
    async write({ user, groups }) {
      await header;
      const row: Record<string, string> = {
        username: user.username,
        status: user.status,
        enabled: String(user.enabled),
        createdAt: user.createdAt ?? '',
        lastModifiedAt: user.lastModifiedAt ?? '',
        ...(options.groups ? { groups: groupsCell(groups ?? []) } : {}),
      };
      for (const name of options.columns) row[name] = user.attributes[name] ?? '';
      for (const key of Object.keys(row)) row[key] = neutralizeCell(row[key] ?? '');
      await file.put(csvText([row], { ...csvOptions, header: false }));
      return Object.keys(user.attributes)
        .filter((name) => !known.has(name))
        .map((name) => `${name} is not in the pool's schema: not in the CSV`);
    },
    async flush() {
      await header;
      return file.flush();
    },
    async close() {
      await header;
      await file.end();
    },
    abort: () => file.abort(),
  };
}

function importWriter(file: FileSink, header: string[], resumed: boolean): ExportWriter {
  // No BOM: the import format wants plain UTF-8. Lines end with LF like the header GetCSVHeader gives.
  let started = resumed;
  return {
    async write({ user, mfaEnabled }) {
      if (!started) {
        started = true;
        await file.put(`${header.join(',')}\n`);
      }
      const line = importLine(header, user, mfaEnabled ?? false);
      if (!line.ok) return line.problems;
      await file.put(`${line.line}\n`);
      return [];
    },
    flush: () => file.flush(),
    async close() {
      if (!started) await file.put(`${header.join(',')}\n`);
      await file.end();
    },
    abort: () => file.abort(),
  };
}

function jsonWriter(file: FileSink, format: 'json' | 'ndjson', withGroups: boolean, resumed: boolean): ExportWriter {
  let count = resumed ? 1 : 0;
  return {
    async write({ user, groups }) {
      const text = JSON.stringify(withGroups ? { ...user, groups: groups ?? [] } : user);
      if (format === 'ndjson') await file.put(`${text}\n`);
      else await file.put(`${count === 0 ? '[\n' : ',\n'}${text}`);
      count++;
      return [];
    },
    flush: () => file.flush(),
    async close() {
      if (format === 'json') await file.put(count === 0 ? '[]\n' : '\n]\n');
      await file.end();
    },
    abort: () => file.abort(),
  };
}
