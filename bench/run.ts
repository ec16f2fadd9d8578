import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ClientCache } from '../src/main/aws/clients';
import { bulkJob } from '../src/main/jobs/bulk-job';
import { RateLimits } from '../src/main/jobs/limits';
import { JobRunner } from '../src/main/jobs/runner';
import { startMoto } from '../src/main/sandbox/moto-process';
import { mapLimit } from '../src/main/services/map-limit';
import { CEILING, CREDENTIALS, ourExport, REGION, rowsOf, seconds } from './our-export';
import type { BenchProxy } from './proxy';
import { startProxy } from './proxy';
import { idealPartitionedReference, sequentialReference } from './references';
import { line, log } from './report';

const USERS = Number(process.env.BENCH_USERS ?? 20_000);
const BULK = Number(process.env.BENCH_BULK ?? 5_000);
/** Rounds of the three export measurements; the fastest of each counts (other work on a shared machine adds noise). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const UPDATE_OPS = ['AdminDisableUser', 'AdminEnableUser', 'AdminUpdateUserAttributes', 'AdminDeleteUser'];

async function seed(endpoint: string): Promise<string> {
  const idp = new CognitoIdentityProviderClient({ region: REGION, endpoint, credentials: CREDENTIALS });
  const { UserPool } = await idp.send(
    new CreateUserPoolCommand({
      PoolName: `bench-${Date.now()}`,
      Schema: [{ Name: 'dept', AttributeDataType: 'String', Mutable: true }],
    }),
  );
  const poolId = UserPool?.Id ?? '';
  const names = Array.from({ length: USERS }, (_, i) => `bench-${String(i).padStart(6, '0')}`);
  await mapLimit(names, 16, (name, i) =>
    idp.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: name,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: `${name}@example.com` },
          { Name: 'custom:dept', Value: `dept "${i % 7}", =x` },
        ],
      }),
    ),
  );
  idp.destroy();
  return poolId;
}

async function main(): Promise<void> {
  const moto = await startMoto(process.env.MOTO_PYTHON ?? 'python3', { timeoutMs: 60_000 });
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-bench-'));
  const proxy = await startProxy({
    target: moto.endpoint,
    latencyMs: 150,
    limits: {
      UserList: { rps: 30, operations: ['ListUsers', 'ListUsersInGroup'] },
      UserUpdate: { rps: 25, operations: UPDATE_OPS },
    },
  });
  try {
    const [poolId, seedSecs] = await seconds(() => seed(moto.endpoint));
    line('seed', { users: USERS, users_per_s: USERS / seedSecs });

    const plain = new CognitoIdentityProviderClient({
      region: REGION,
      endpoint: proxy.endpoint,
      credentials: CREDENTIALS,
    });
    let seqSecs = Infinity;
    let idealSecs = Infinity;
    let seqCount = 0;
    let idealCount = 0;
    let ours: Awaited<ReturnType<typeof ourExport>> | undefined;
    const throttledBefore = proxy.stats.throttled;
    let failedRuns = 0;
    let rssGrowthMb = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      // Odd rounds run ours last, even rounds first: whatever runs after what (moto's state, other load) evens out.
      const oursFirst = round % 2 === 0 ? await ourExport(proxy.endpoint, poolId, dir, `clean-${round}`) : undefined;
      const [s1, t1] = await seconds(() => sequentialReference(plain, poolId));
      const [s2, t2] = await seconds(() => idealPartitionedReference(plain, poolId));
      const run = oursFirst ?? (await ourExport(proxy.endpoint, poolId, dir, `clean-${round}`));
      log(`round ${round}: sequential ${t1.toFixed(1)} s, ideal ${t2.toFixed(1)} s, ours ${run.secs.toFixed(1)} s`);
      [seqCount, idealCount] = [s1, s2];
      seqSecs = Math.min(seqSecs, t1);
      idealSecs = Math.min(idealSecs, t2);
      if (run.detail.state !== 'succeeded') failedRuns++;
      rssGrowthMb = Math.max(rssGrowthMb, run.rssGrowthMb);
      if (!ours || run.secs < ours.secs) ours = run;
    }
    plain.destroy();
    if (!ours) throw new Error('no export ran');
    const { rows: clean } = rowsOf(ours.file);
    line('export', {
      users: clean.size,
      seconds: ours.secs,
      users_per_s: clean.size / ours.secs,
      speedup_vs_sequential: seqSecs / ours.secs,
      vs_ideal: idealSecs / ours.secs,
      quota_fraction: clean.size / ours.secs / CEILING,
      sequential_users_per_s: seqCount / seqSecs,
      ideal_users_per_s: idealCount / idealSecs,
      throttled_at_proxy: proxy.stats.throttled - throttledBefore,
      throttling_errors_to_user: failedRuns,
      rss_growth_mb: rssGrowthMb,
      partition_splits: ours.splits,
    });

    proxy.setFaults({ throttle: 0.1, serverError: 0.02, drop: 0.01 });
    const faulty = await ourExport(proxy.endpoint, poolId, dir, 'faults');
    proxy.setFaults(undefined);
    const { rows: got, duplicates } = rowsOf(faulty.file);
    let missing = 0;
    let changed = 0;
    for (const [key, text] of clean) {
      const other = got.get(key);
      if (other === undefined) missing++;
      else if (other !== text) changed++;
    }
    line('export-faults', {
      users: got.size,
      state: faulty.detail.state,
      missing,
      duplicated: duplicates,
      changed,
      extra: [...got.keys()].filter((k) => !clean.has(k)).length,
      seconds: faulty.secs,
      partition_splits: faulty.splits,
    });

    if (BULK > 0) await bulk(proxy, poolId, dir);
  } finally {
    await proxy.close();
    await moto.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bulk disable at the UserUpdate quota; then enable under faults with a cancel and a retry of the failures. */
async function bulk(proxy: BenchProxy, poolId: string, dir: string): Promise<void> {
  const clients = new ClientCache();
  const idp = clients.get(
    { name: 'bench', credentials: () => Promise.resolve(CREDENTIALS), endpoint: () => proxy.endpoint },
    REGION,
    'cognitoIdp',
    // The clients the app gives its jobs: the job's limiter and retry decide, not the SDK's adaptive layer.
    { purpose: 'job' },
  );
  const runner = new JobRunner({ dataDir: dir });
  const throttle = new RateLimits().throttleFor('bench-bulk', REGION);
  const names = Array.from({ length: BULK }, (_, i) => `bench-${String(i).padStart(6, '0')}`);
  const input = { idp, throttle, profile: 'bench', region: REGION, userPoolId: poolId };
  const throttledBefore = proxy.stats.throttled;
  const [disabled, secs] = await seconds(() =>
    runner.wait(runner.start(bulkJob({ ...input, action: 'disable', usernames: names }), () => undefined)),
  );
  line('bulk-disable', {
    users: BULK,
    ops_per_s: disabled.succeeded / secs,
    target_ops_per_s: 0.9 * 25,
    failed: disabled.failed,
    throttled_at_proxy: proxy.stats.throttled - throttledBefore,
    throttling_errors_to_user: disabled.failures.filter((f) => f.code === 'AWS_THROTTLED').length,
  });

  const subset = names.slice(0, Math.min(500, BULK));
  proxy.setFaults({ throttle: 0.1, serverError: 0.02, drop: 0.01 });
  const first = runner.start(bulkJob({ ...input, action: 'enable', usernames: subset }), () => undefined);
  await new Promise((r) => setTimeout(r, (subset.length / 25) * 400));
  runner.cancel(first);
  const cancelled = await runner.wait(first);
  const retried = await runner.wait(runner.retryFailures(first, () => undefined));
  proxy.setFaults(undefined);
  const direct = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: proxy.endpoint,
    credentials: CREDENTIALS,
  });
  const enabled = await mapLimit(
    subset,
    4,
    async (name) =>
      (await direct.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: name }))).Enabled === true,
  );
  direct.destroy();
  line('bulk-faults', {
    users: subset.length,
    cancelled_state: cancelled.state,
    done_before_cancel: cancelled.succeeded,
    every_item_ended: cancelled.succeeded + cancelled.failed === subset.length ? 1 : 0,
    retried: retried.total ?? 0,
    retry_failed: retried.failed,
    enabled_after_retry: enabled.filter(Boolean).length,
  });
  clients.clear();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
