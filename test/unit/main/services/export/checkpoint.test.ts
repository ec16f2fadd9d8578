import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Checkpoint, ExportInputs } from '../../../../../src/main/services/export/checkpoint';
import {
  appendSubs,
  checkpointFile,
  claimExport,
  freshCheckpoint,
  partialOf,
  prepareResume,
  readCheckpoint,
  subsFile,
  truncateTo,
  writeCheckpoint,
} from '../../../../../src/main/services/export/checkpoint';
import type { ExportRecord } from '../../../../../src/main/services/export/writers';
import { openWriter } from '../../../../../src/main/services/export/writers';
import type { ExportFormat } from '../../../../../src/shared/model/jobs';

const record = (i: number): ExportRecord => ({
  user: {
    username: `u${i}`,
    status: 'CONFIRMED',
    enabled: true,
    attributes: { email: `u${i}@x.org`, name: `a\nb "${i}"` },
  },
});

describe('export checkpoint', () => {
  let dir: string;
  let inputs: ExportInputs;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-checkpoint-'));
    inputs = {
      profile: 'p',
      region: 'eu-west-1',
      userPoolId: 'eu-west-1_abc',
      format: 'csv',
      file: path.join(dir, 'out.csv'),
      groups: false,
      bom: false,
      columns: ['email', 'name'],
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is written whole (temp file + rename) and read back; every partition starts undone', async () => {
    const checkpoint = freshCheckpoint(randomUUID(), inputs, 12);
    checkpoint.partitions.a = { token: 'tok', done: false, count: 60 };
    await writeCheckpoint(dir, checkpoint);
    await writeCheckpoint(dir, checkpoint);
    expect(readdirSync(dir)).toEqual(['checkpoint.json']);
    const read = await readCheckpoint(dir);
    expect(read).toEqual(checkpoint);
    expect(Object.keys(read.partitions)).toHaveLength(16);
    expect(read.partitions['0']).toEqual({ done: false, count: 0 });
  });

  it('a missing checkpoint is NOT_FOUND, a damaged one VALIDATION', async () => {
    await expect(readCheckpoint(dir)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    writeFileSync(checkpointFile(dir), JSON.stringify({ version: 1, jobId: 'x' }));
    await expect(readCheckpoint(dir)).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('truncateTo cuts a torn tail, and refuses a file shorter than the checkpoint (a gap)', async () => {
    const file = path.join(dir, 'f');
    writeFileSync(file, 'complete\r\nhalf-a-rec');
    await truncateTo(file, 10);
    expect(readFileSync(file, 'utf8')).toBe('complete\r\n');
    await expect(truncateTo(file, 11)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(truncateTo(path.join(dir, 'gone'), 0)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('prepareResume cuts the .partial and the subs back, and keeps the subs of unfinished partitions only', async () => {
    writeFileSync(partialOf(inputs.file), 'header\nrow\ntorn');
    let subs = await appendSubs(dir, 'a', ['a-1', 'a-2'], 0);
    subs = await appendSubs(dir, 'b', ['b-1'], subs);
    expect(await appendSubs(dir, 'c', [], subs)).toBe(subs);
    appendFileSync(subsFile(dir), 'a a-torn');
    const checkpoint: Checkpoint = { ...freshCheckpoint(randomUUID(), inputs, 11), subsBytes: subs };
    checkpoint.partitions.b = { done: true, count: 1 };
    const seen = await prepareResume(dir, checkpoint);
    expect(readFileSync(partialOf(inputs.file), 'utf8')).toBe('header\nrow\n');
    expect(readFileSync(subsFile(dir), 'utf8')).toBe('a a-1\na a-2\nb b-1\n');
    expect([...(seen.get('a') ?? [])]).toEqual(['a-1', 'a-2']);
    expect(seen.has('b')).toBe(false);
    expect(seen.get('0')?.size).toBe(0);
  });
});

describe('export checkpoint with split partitions', () => {
  let dir: string;
  let inputs: ExportInputs;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-checkpoint-split-'));
    inputs = {
      profile: 'p',
      region: 'eu-west-1',
      userPoolId: 'eu-west-1_abc',
      format: 'csv',
      file: path.join(dir, 'out.csv'),
      groups: false,
      bom: false,
      columns: ['email'],
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a version 1 checkpoint as it is, and writes version 2', async () => {
    const v1 = { ...freshCheckpoint(randomUUID(), inputs, 0), version: 1 };
    writeFileSync(checkpointFile(dir), JSON.stringify(v1));
    expect((await readCheckpoint(dir)).version).toBe(1);
    await writeCheckpoint(dir, freshCheckpoint(randomUUID(), inputs, 0));
    expect((await readCheckpoint(dir)).version).toBe(2);
  });

  it('gives each unfinished child the subs its split parent wrote under the child prefix', async () => {
    writeFileSync(partialOf(inputs.file), 'header\n');
    let subs = await appendSubs(dir, 'b', ['b0-1', 'b7-1', 'b7-2'], 0);
    subs = await appendSubs(dir, 'b7', ['b7-3'], subs);
    subs = await appendSubs(dir, 'c', ['c-1'], subs);
    const checkpoint: Checkpoint = { ...freshCheckpoint(randomUUID(), inputs, 7), subsBytes: subs };
    checkpoint.partitions.b = { done: false, count: 3, split: true };
    for (const c of '0123456789abcdef') checkpoint.partitions[`b${c}`] = { done: false, count: 0 };
    checkpoint.partitions.b7 = { token: 't', done: false, count: 1 };
    checkpoint.partitions.b0 = { done: true, count: 0 };
    await writeCheckpoint(dir, checkpoint);
    const read = await readCheckpoint(dir);
    expect(read.partitions.b).toEqual({ done: false, count: 3, split: true });
    const seen = await prepareResume(dir, read);
    expect(seen.has('b')).toBe(false);
    expect(seen.has('b0')).toBe(false);
    expect([...(seen.get('b7') ?? [])].sort()).toEqual(['b7-1', 'b7-2', 'b7-3']);
    expect(seen.get('b8')?.size).toBe(0);
    expect([...(seen.get('c') ?? [])]).toEqual(['c-1']);
  });
});

describe('claimExport', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-claim-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an export another live process writes, takes over from a dead one, and releases', async () => {
    const owner = path.join(dir, 'owner.pid');
    // The test runner's parent is alive: its claim stands.
    writeFileSync(owner, String(process.ppid));
    await expect(claimExport(dir)).rejects.toMatchObject({ code: 'CONFLICT' });
    // A process that has exited (what kill -9 leaves): taken over.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(owner, String(dead));
    const release = await claimExport(dir);
    expect(readFileSync(owner, 'utf8')).toBe(String(process.pid));
    await release();
    expect(existsSync(owner)).toBe(false);
  });
});

describe('a writer resumed at a checkpoint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-append-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Two users, a flush (the checkpoint), a torn third; then cut back, reopened, and the rest written. */
  async function interrupted(format: ExportFormat, bom = false): Promise<string> {
    const file = path.join(dir, `out.${format}`);
    const options = { format, file, columns: ['email', 'name'], groups: false, bom };
    const first = openWriter(options);
    await first.write(record(0));
    await first.write(record(1));
    const bytes = await first.flush();
    expect(bytes).toBe(readFileSync(file).length);
    await first.write(record(2));
    await first.flush();
    first.abort();
    appendFileSync(file, 'torn tail "');
    await truncateTo(file, bytes);
    const second = openWriter({ ...options, appendAt: bytes });
    await second.write(record(2));
    await second.write(record(3));
    await second.close();
    return readFileSync(file, 'utf8');
  }

  it('csv: one header and BOM, every row once, values exact', async () => {
    const text = await interrupted('csv', true);
    expect(text.startsWith('\uFEFFusername,')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.username, r.name])).toEqual([0, 1, 2, 3].map((i) => [`u${i}`, `a\nb "${i}"`]));
  });

  it('json: one valid array, no second "["', async () => {
    const users = JSON.parse(await interrupted('json')) as { username: string }[];
    expect(users.map((u) => u.username)).toEqual(['u0', 'u1', 'u2', 'u3']);
  });

  it('ndjson and cognito-csv: the lines continue, one import header', async () => {
    const lines = (await interrupted('ndjson')).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { username: string }).username)).toEqual(['u0', 'u1', 'u2', 'u3']);
    const file = path.join(dir, 'import.csv');
    const options = {
      format: 'cognito-csv' as const,
      file,
      columns: ['cognito:username', 'email'],
      groups: false,
      bom: false,
    };
    const first = openWriter(options);
    await first.write(record(0));
    const bytes = await first.flush();
    first.abort();
    const second = openWriter({ ...options, appendAt: bytes });
    await second.write(record(1));
    await second.close();
    expect(readFileSync(file, 'utf8')).toBe('cognito:username,email\nu0,u0@x.org\nu1,u1@x.org\n');
  });

  it('a writer that never wrote a user starts the file afresh (json opens its array)', async () => {
    const file = path.join(dir, 'empty.json');
    const writer = openWriter({ format: 'json', file, columns: [], groups: false, bom: false, appendAt: 0 });
    await writer.write(record(0));
    await writer.close();
    expect(existsSync(file)).toBe(true);
    expect((JSON.parse(readFileSync(file, 'utf8')) as unknown[]).length).toBe(1);
  });
});
