import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AdminDeleteUserCommand, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Checkpoint } from '../../src/main/services/export/checkpoint';
import type { UserRow } from '../../src/shared/model/users';
import { createTestPool, KEYS, seedUsers, testIdp } from './users-fixture';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'cognito-console.cjs');
const REGION = 'ca-west-1';
const USERS = 1_500;

/** Values that break naive CSV and JSON handling; none starts with a formula character (CSV neutralizes those). */
const HOSTILE = ['lone\nLF', 'lone\rCR', 'say "hi", ok', 'emoji 🎉 ü ß', ' edge spaces ', 'line\u2028sep', 'plain'];
const noteOf = (i: number): string => `${HOSTILE[i % HOSTILE.length] ?? ''} #${i}`;

describe('users export --resume after kill -9 (built CLI, spawned, moto)', () => {
  const endpoint = inject('motoEndpoint');
  let dir: string;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let idp: CognitoIdentityProviderClient;
  let userPoolId: string;
  /** username -> custom:note of the users the pool holds now. */
  const expected = new Map<string, string>();

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { cwd: ROOT, stdio: 'pipe' });
    dir = mkdtempSync(path.join(tmpdir(), 'cc-export-resume-'));
    dataDir = path.join(dir, 'data');
    mkdirSync(path.join(dir, 'home'));
    writeFileSync(path.join(dir, 'config'), `[profile resume-cli]\nregion = ${REGION}\n`);
    writeFileSync(
      path.join(dir, 'credentials'),
      `[resume-cli]\naws_access_key_id = ${KEYS.accessKeyId}\naws_secret_access_key = ${KEYS.secretAccessKey}\n`,
    );
    env = {
      PATH: process.env.PATH,
      HOME: path.join(dir, 'home'),
      COGNITO_CONSOLE_DATA_DIR: dataDir,
      AWS_CONFIG_FILE: path.join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    idp = testIdp(endpoint, REGION);
    userPoolId = await createTestPool(idp, `resume-${randomUUID().slice(0, 8)}`);
    const names = await seedUsers(idp, userPoolId, USERS, (i) => ({
      email: `user-${i}@example.com`,
      'custom:note': noteOf(i),
    }));
    names.forEach((name, i) => expected.set(name, noteOf(i)));
  });
  afterAll(() => {
    idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const base = () => ['users', 'export', '--endpoint-url', endpoint];
  const jobFolder = (jobId: string) => path.join(dataDir, 'cli-exports', 'jobs', jobId);
  const readCheckpoint = (jobId: string): Checkpoint | undefined => {
    try {
      return JSON.parse(readFileSync(path.join(jobFolder(jobId), 'checkpoint.json'), 'utf8')) as Checkpoint;
    } catch {
      return undefined;
    }
  };

  /**
   * Starts an export slowed to 4 ListUsers calls a second (a real option: leave quota to other tools) and kills it
   * with SIGKILL once its checkpoint shows some partitions done and some not: no timing luck, the checkpoint says.
   */
  async function exportKilledMidway(format: string, out: string): Promise<{ jobId: string; checkpoint: Checkpoint }> {
    const child: ChildProcess = spawn(
      process.execPath,
      [
        BIN,
        ...base(),
        '--profile',
        'resume-cli',
        '--user-pool-id',
        userPoolId,
        '--format',
        format,
        '--out',
        out,
        '--max-list-rps',
        '4',
      ],
      { env, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      for (const until = Date.now() + 60_000; Date.now() < until; await sleep(25)) {
        const jobId = /^export job ([0-9a-f-]{36})$/m.exec(stderr)?.[1];
        const checkpoint = jobId ? readCheckpoint(jobId) : undefined;
        const states = checkpoint ? Object.values(checkpoint.partitions) : [];
        if (jobId && states.some((s) => s.done) && states.some((s) => !s.done && s.token)) {
          child.kill('SIGKILL');
          expect(await exited).toBe('SIGKILL');
          return { jobId, checkpoint: readCheckpoint(jobId) ?? (checkpoint as Checkpoint) };
        }
      }
      throw new Error(`the export never reached a checkpoint midway: ${stderr}`);
    } finally {
      child.kill('SIGKILL');
    }
  }

  function resume(jobId: string, ...extra: string[]) {
    return spawnSync(process.execPath, [BIN, ...base(), '--resume', jobId, ...extra], {
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });
  }

  /** The checks the bench target names: every user of the pool once, values exact, nothing left behind. */
  function expectExactSet(rows: { username: string; note: string | undefined }[], out: string, jobId: string): void {
    const seen = new Map<string, number>();
    for (const r of rows) seen.set(r.username, (seen.get(r.username) ?? 0) + 1);
    const duplicated = [...seen].filter(([, n]) => n > 1).map(([name]) => name);
    const missing = [...expected.keys()].filter((name) => !seen.has(name));
    const extra = [...seen.keys()].filter((name) => !expected.has(name));
    expect({ missing, duplicated, extra }).toEqual({ missing: [], duplicated: [], extra: [] });
    expect(rows).toHaveLength(expected.size);
    for (const r of rows) expect(r.note, r.username).toBe(expected.get(r.username));
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(jobFolder(jobId))).toBe(false);
  }

  const jsonRows = (users: UserRow[]) =>
    users.map((u) => ({ username: u.username, note: u.attributes['custom:note'] }));

  it('csv: killed midway, the final name absent; resumed after a torn tail, exactly the pool (papaparse)', async () => {
    const out = path.join(dir, 'users.csv');
    const { jobId, checkpoint } = await exportKilledMidway('csv', out);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(true);
    expect(checkpoint.inputs).toMatchObject({ userPoolId, format: 'csv', file: out });
    // What a kill -9 in the middle of a write leaves: half a record past the checkpoint. Resume must cut it.
    appendFileSync(`${out}.partial`, 'half-a-user,CONF');

    const run = resume(jobId);
    expect(run.stderr).toBe(`export job ${jobId}\nexported ${expected.size} users to ${out}\n`);
    expect(run.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expectExactSet(
      parsed.data.map((r) => ({ username: r.username ?? '', note: r['custom:note'] })),
      out,
      jobId,
    );
    // One header: the resumed writer appended rows only.
    expect(text.match(/^username,/gm)).toHaveLength(1);
  });

  it('ndjson: killed midway and resumed, exactly the pool (JSON.parse per line)', async () => {
    const out = path.join(dir, 'users.ndjson');
    const { jobId } = await exportKilledMidway('ndjson', out);
    appendFileSync(`${out}.partial`, '{"username":"torn');
    const run = resume(jobId);
    expect(run.status).toBe(0);
    const users = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as UserRow);
    expectExactSet(jsonRows(users), out, jobId);
  });

  it('json: killed midway and resumed, one valid array of exactly the pool', async () => {
    const out = path.join(dir, 'users.json');
    const { jobId } = await exportKilledMidway('json', out);
    const run = resume(jobId);
    expect(run.status).toBe(0);
    expectExactSet(jsonRows(JSON.parse(readFileSync(out, 'utf8')) as UserRow[]), out, jobId);
  });

  it('--resume refuses options that would change the export, and an unknown job, with exit 2', async () => {
    const out = path.join(dir, 'conflict.ndjson');
    const { jobId } = await exportKilledMidway('ndjson', out);
    const conflict = resume(jobId, '--format', 'csv');
    expect(conflict.status).toBe(2);
    expect(conflict.stderr).toMatch(/--resume continues an export .*drop --format/);
    const unknown = resume(randomUUID());
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no export .* to resume/);
    // The refused attempts changed nothing: the export still resumes to the exact set.
    expect(resume(jobId).status).toBe(0);
    const users = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as UserRow);
    expectExactSet(jsonRows(users), out, jobId);
  });

  // Runs last: it deletes a user from the shared pool.
  it('a saved token the pool no longer accepts restarts its partition, deduplicated by sub: still the exact set', async () => {
    const out = path.join(dir, 'stale.ndjson');
    const { jobId, checkpoint } = await exportKilledMidway('ndjson', out);
    const [partition, state] = Object.entries(checkpoint.partitions).find(([, s]) => !s.done && s.token) ?? [];
    if (!partition || !state?.token) throw new Error('no partition midway');
    // Emulator workaround (moto): its token names the next user (base64 JSON, uniqueAttributes = sub), and deleting
    // that user makes the token invalid, which is how a real token's expiry is reproduced here.
    const { uniqueAttributes: sub } = JSON.parse(Buffer.from(state.token, 'base64').toString('utf8')) as {
      uniqueAttributes: string;
    };
    const found = await idp.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: `sub = "${sub}"` }));
    const username = found.Users?.[0]?.Username ?? '';
    expect(username).not.toBe('');
    await idp.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username }));
    expected.delete(username);
    const list = (token: string) =>
      idp.send(
        new ListUsersCommand({
          UserPoolId: userPoolId,
          Limit: 60,
          Filter: `sub ^= "${partition}"`,
          PaginationToken: token,
        }),
      );
    await expect(list(state.token)).rejects.toThrow();

    const run = resume(jobId);
    expect(run.stderr).toBe(`export job ${jobId}\nexported ${expected.size} users to ${out}\n`);
    expect(run.status).toBe(0);
    const users = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as UserRow);
    expectExactSet(jsonRows(users), out, jobId);
  });
});
