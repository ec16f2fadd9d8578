import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CognitoIdentityProviderClient, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { checkExport } from './export-check';
import { kill9Resume } from './export-kill9';
import { CEILING, CREDENTIALS, ourExport, REGION, seconds } from './our-export';
import { startProxy } from './proxy';
import { idealPartitionedReference, sequentialReference } from './references';
import { line, log, maxPerSecond } from './report';
import { startSyntheticCognito } from './synthetic-cognito';

/**
 * Issue 13's large-pool export figures, through bench/proxy.ts (150 ms per call, ListUsers 30/s answered with
 * TooManyRequestsException past it) in front of bench/synthetic-cognito.ts (moto cannot page a 100,000-user pool
 * at 30 filtered calls/s; see that file):
 * - `export-large`: the app's exportJob against the ideal 16-way reference in the same run, as a fraction of the
 *   1,800 users/s ceiling, the file checked user by user against the backend. The sequential reference (one page
 *   at a time, ~6.6 pages/s) runs on a separate pool of BENCH_LARGE_SEQ_USERS users (12,000: ~30 s, not ~250 s).
 * - `export-kill9-resume`: the built CLI killed with SIGKILL once its .partial holds BENCH_KILL9_AT (0.4) of the
 *   rows, then `--resume`d; the file must hold exactly the pool (0 missing, duplicated, changed).
 * BENCH_LARGE_USERS (100,000), BENCH_LARGE_ROUNDS (2; the fastest of each side counts), BENCH_KILL9_FORMATS
 * (ndjson,csv; empty skips it) scale it.
 */
const USERS = Number(process.env.BENCH_LARGE_USERS ?? 100_000);
const SEQ_USERS = Number(process.env.BENCH_LARGE_SEQ_USERS ?? 12_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_LARGE_ROUNDS ?? 2));
const KILL_AT = Number(process.env.BENCH_KILL9_AT ?? 0.4);
const KILL9_FORMATS = (process.env.BENCH_KILL9_FORMATS ?? 'ndjson,csv')
  .split(',')
  .filter((f): f is 'ndjson' | 'csv' => f === 'ndjson' || f === 'csv');
const POOL = `${REGION}_BenchLarge`;
const SEQ_POOL = `${REGION}_BenchSequential`;

async function main(): Promise<void> {
  const [backend, genSecs] = await seconds(() => startSyntheticCognito({ [POOL]: USERS, [SEQ_POOL]: SEQ_USERS }));
  let calls: number[] = [];
  const proxy = await startProxy({
    target: backend.endpoint,
    latencyMs: 150,
    limits: { UserList: { rps: 30, operations: ['ListUsers', 'ListUsersInGroup'] } },
    onCall: (op) => void (op === 'ListUsers' && calls.push(performance.now())),
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-bench-large-'));
  const plain = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: proxy.endpoint,
    credentials: CREDENTIALS,
  });
  /** One measured side: its seconds, the throttling answers and the busiest second it caused at the proxy. */
  const measured = async <T>(work: () => Promise<T>, timed?: (value: T) => { startedAt: number; secs: number }) => {
    // Each side starts from a collected heap (ourExport collects too), so one side's garbage is not the other's pause.
    global.gc?.();
    calls = [];
    const throttled = proxy.stats.throttled;
    const [value, total] = await seconds(work);
    const ended = performance.now();
    // Our export's own figures time the job alone (see ourExport); the references time the whole call.
    const { startedAt, secs } = timed?.(value) ?? { startedAt: ended - total * 1000, secs: total };
    return {
      value,
      secs,
      // Before the first ListUsers reached the proxy, and after the last one did.
      startMs: (calls[0] ?? ended) - startedAt,
      endMs: startedAt + secs * 1000 - (calls.at(-1) ?? startedAt),
      throttled: proxy.stats.throttled - throttled,
      maxRps: maxPerSecond(calls),
      calls: calls.length,
    };
  };
  try {
    line('synthetic-backend', { users: USERS, generate_s: genSecs });
    // The references' client is created once: its first call (connections, lazy SDK parts) is made here, unmeasured.
    await plain.send(new DescribeUserPoolCommand({ UserPoolId: POOL }));
    let ideal: Awaited<ReturnType<typeof measured<number>>> | undefined;
    let ours: Awaited<ReturnType<typeof measured<Awaited<ReturnType<typeof ourExport>>>>> | undefined;
    for (let round = 1; round <= ROUNDS; round++) {
      // Odd rounds run ours last, even rounds first, as bench/run.ts does.
      const oursRun = () =>
        measured(
          () => ourExport(proxy.endpoint, POOL, dir, `large-${round}`),
          (run) => run,
        );
      const first = round % 2 === 0 ? await oursRun() : undefined;
      const idealRun = await measured(() => idealPartitionedReference(plain, POOL));
      const oursNow = first ?? (await oursRun());
      log(`round ${round}: ideal ${idealRun.secs.toFixed(1)} s, ours ${oursNow.secs.toFixed(1)} s`);
      if (idealRun.value !== USERS) throw new Error(`the ideal reference read ${idealRun.value} of ${USERS} users`);
      if (!ideal || idealRun.secs < ideal.secs) ideal = idealRun;
      if (!ours || oursNow.secs < ours.secs) ours = oursNow;
    }
    if (!ours || !ideal) throw new Error('no export ran');
    const sequential = await measured(() => sequentialReference(plain, SEQ_POOL));
    const check = checkExport(ours.value.file, 'ndjson', backend.users(POOL));
    const usersPerS = check.rows / ours.secs;
    line('export-large', {
      users: check.rows,
      state: ours.value.detail.state,
      seconds: ours.secs,
      users_per_s: usersPerS,
      quota_fraction: usersPerS / CEILING,
      vs_ideal: ideal.secs / ours.secs,
      behind_ideal_ms: (ours.secs - ideal.secs) * 1000,
      ideal_seconds: ideal.secs,
      ideal_users_per_s: USERS / ideal.secs,
      ideal_quota_fraction: USERS / ideal.secs / CEILING,
      sequential_users_per_s: sequential.value / sequential.secs,
      sequential_users: sequential.value,
      speedup_vs_sequential: usersPerS / (sequential.value / sequential.secs),
      first_call_ms: ours.startMs,
      ideal_first_call_ms: ideal.startMs,
      after_last_call_ms: ours.endMs,
      ideal_after_last_call_ms: ideal.endMs,
      list_calls: ours.calls,
      ideal_list_calls: ideal.calls,
      max_calls_in_1s: ours.maxRps,
      throttled_at_proxy: ours.throttled,
      ideal_throttled_at_proxy: ideal.throttled,
      throttling_errors_to_user: ours.value.detail.state === 'succeeded' ? 0 : 1,
      rss_growth_mb: ours.value.rssGrowthMb,
      partition_splits: ours.value.splits,
      missing: check.missing,
      duplicated: check.duplicated,
      changed: check.changed,
      extra: check.extra,
      backend_mean_page_ms: backend.stats.totalPageMs / (backend.stats.calls.ListUsers ?? 1),
      backend_max_page_ms: backend.stats.maxPageMs,
    });

    if (KILL9_FORMATS.length > 0) {
      // The CLI the user runs, as built from this tree.
      execFileSync(process.execPath, [path.resolve(__dirname, '..', '..', 'scripts', 'build-node.mjs')], {
        stdio: 'pipe',
      });
    }
    for (const format of KILL9_FORMATS) {
      const run = await measured(() =>
        kill9Resume({
          dir: path.join(dir, `kill9-${format}`),
          endpoint: proxy.endpoint,
          poolId: POOL,
          users: backend.users(POOL),
          format,
          killAt: KILL_AT,
        }),
      );
      const r = run.value;
      line('export-kill9-resume', {
        format,
        users: r.rows,
        missing: r.missing,
        duplicated: r.duplicated,
        changed: r.changed,
        extra: r.extra,
        killed_at_rows: r.killedAtRows,
        checkpointed_rows: r.checkpointedRows,
        tail_bytes_cut: r.tailBytes,
        killed_after_s: r.firstRunSecs,
        resume_s: r.resumeSecs,
        resume_users_per_s: r.resumeUsersPerS,
        throttled_at_proxy: run.throttled,
      });
    }
    if (backend.stats.unknown > 0)
      throw new Error(`unknown calls reached the backend: ${JSON.stringify(backend.stats)}`);
  } finally {
    plain.destroy();
    await proxy.close();
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
