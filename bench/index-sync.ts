import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ClientCache } from '../src/main/aws/clients';
import { RateLimits } from '../src/main/jobs/limits';
import { JobRunner } from '../src/main/jobs/runner';
import { shareThrottle } from '../src/main/jobs/share-throttle';
import { startMoto } from '../src/main/sandbox/moto-process';
import { mapLimit } from '../src/main/services/map-limit';
import { PoolIndexes } from '../src/main/services/user-index/pool-indexes';
import { startProxy } from './proxy';
import { line, maxPerSecond } from './report';

/**
 * Issue 13's figure: a local index sync at share 0.5 never makes more than 15 ListUsers calls in any one second,
 * counted where they arrive (the latency proxy in front of moto), not where the limiter thinks it sent them.
 * BENCH_SYNC_USERS (default 3000: 16 partitions of ~4 pages, ~64 calls, ~4 s at 15/s) and BENCH_SYNC_SHARE scale it.
 */
const USERS = Number(process.env.BENCH_SYNC_USERS ?? 3_000);
const SHARE = Number(process.env.BENCH_SYNC_SHARE ?? 0.5);
const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'AKIABENCHBENCHBENCH2', secretAccessKey: 'bench' };

async function seed(endpoint: string): Promise<string> {
  const idp = new CognitoIdentityProviderClient({ region: REGION, endpoint, credentials: CREDENTIALS });
  const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: `bench-sync-${Date.now()}` }));
  const poolId = UserPool?.Id ?? '';
  const names = Array.from({ length: USERS }, (_, i) => `sync-${String(i).padStart(6, '0')}`);
  await mapLimit(names, 16, (name) =>
    idp.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: name,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: `${name}@example.com` }],
      }),
    ),
  );
  idp.destroy();
  return poolId;
}

async function main(): Promise<void> {
  const moto = await startMoto(process.env.MOTO_PYTHON ?? 'python3', { timeoutMs: 60_000 });
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-bench-sync-'));
  const listCalls: number[] = [];
  const proxy = await startProxy({
    target: moto.endpoint,
    latencyMs: 150,
    limits: { UserList: { rps: 30, operations: ['ListUsers', 'ListUsersInGroup'] } },
    onCall: (operation) => {
      if (operation === 'ListUsers') listCalls.push(performance.now());
    },
  });
  const clients = new ClientCache();
  try {
    const userPoolId = await seed(moto.endpoint);
    const idp = clients.get(
      { name: 'bench', credentials: () => Promise.resolve(CREDENTIALS), endpoint: () => proxy.endpoint },
      REGION,
      'cognitoIdp',
      { purpose: 'job' },
    );
    const limits = new RateLimits();
    const throttle = shareThrottle({
      shared: limits.throttleFor('bench', REGION),
      share: SHARE,
      rateOf: () => limits.rateOf('UserList'),
    });
    const jobs = new JobRunner({ dataDir: dir });
    const indexes = new PoolIndexes(dir);
    const ref = { profile: 'bench', region: REGION, userPoolId };
    const started = performance.now();
    const jobId = await indexes.startSync(ref, { jobs, idp, throttle, share: SHARE, emit: () => undefined });
    const detail = await jobs.wait(jobId);
    const secs = (performance.now() - started) / 1000;
    if (detail.state !== 'succeeded') throw new Error(`sync ${detail.state}: ${detail.error?.message ?? ''}`);
    line('index-sync', {
      users: detail.done,
      share: SHARE,
      list_calls: listCalls.length,
      max_list_calls_in_1s: maxPerSecond(listCalls),
      ceiling: SHARE * 30,
      throttled: proxy.stats.throttled,
      secs,
      users_per_s: detail.done / secs,
      index_users: (await indexes.status(ref)).users,
    });
    await jobs.dispose();
    await indexes.closeAll();
  } finally {
    clients.clear();
    await proxy.close();
    await moto.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
