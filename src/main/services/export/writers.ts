import type { WriteStream } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Stringifier } from 'csv-stringify';
import type { ExportFormat } from '../../../shared/model/jobs';
import type { UserRow } from '../../../shared/model/users';
import { importLine } from './cognito-csv';
import { groupsCell, neutralizeCell } from './csv-cell';
import { csvStringifier } from './csv-stringifier';

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
}

const FIXED = ['username', 'status', 'enabled', 'createdAt', 'lastModifiedAt'] as const;

export function openWriter(options: WriterOptions): ExportWriter {
  const out = createWriteStream(options.file, { mode: 0o600 });
  switch (options.format) {
    case 'csv':
      return csvWriter(out, options);
    case 'cognito-csv':
      return importWriter(out, options.columns);
    case 'json':
    case 'ndjson':
      return jsonWriter(out, options.format, options.groups);
  }
}

async function put(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

function csvWriter(out: WriteStream, options: WriterOptions): ExportWriter {
  const columns = [...FIXED, ...(options.groups ? ['groups'] : []), ...options.columns];
  const known = new Set(options.columns);
  // RFC 4180: CRLF records, quotes doubled, every field with a line break, comma, quote or edge space quoted.
  const csv: Stringifier = csvStringifier({ header: true, columns, bom: options.bom, record_delimiter: 'windows' });
  csv.pipe(out);
  return {
    async write({ user, groups }) {
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
      if (!csv.write(row)) await new Promise<void>((resolve) => csv.once('drain', () => resolve()));
      return Object.keys(user.attributes)
        .filter((name) => !known.has(name))
        .map((name) => `${name} is not in the pool's schema: not in the CSV`);
    },
    async close() {
      csv.end();
      await finished(out);
    },
    abort: () => out.destroy(),
  };
}

function importWriter(out: WriteStream, header: string[]): ExportWriter {
  // No BOM: the import format wants plain UTF-8. Lines end with LF like the header GetCSVHeader gives.
  let started = false;
  return {
    async write({ user, mfaEnabled }) {
      if (!started) {
        started = true;
        await put(out, `${header.join(',')}\n`);
      }
      const line = importLine(header, user, mfaEnabled ?? false);
      if (!line.ok) return line.problems;
      await put(out, `${line.line}\n`);
      return [];
    },
    async close() {
      if (!started) await put(out, `${header.join(',')}\n`);
      out.end();
      await finished(out);
    },
    abort: () => out.destroy(),
  };
}

function jsonWriter(out: WriteStream, format: 'json' | 'ndjson', withGroups: boolean): ExportWriter {
  let count = 0;
  return {
    async write({ user, groups }) {
      const text = JSON.stringify(withGroups ? { ...user, groups: groups ?? [] } : user);
      if (format === 'ndjson') await put(out, `${text}\n`);
      else await put(out, `${count === 0 ? '[\n' : ',\n'}${text}`);
      count++;
      return [];
    },
    async close() {
      if (format === 'json') await put(out, count === 0 ? '[]\n' : '\n]\n');
      out.end();
      await finished(out);
    },
    abort: () => out.destroy(),
  };
}
