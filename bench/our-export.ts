import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { ClientCache } from '../src/main/aws/clients';
import { RateLimits } from '../src/main/jobs/limits';
import { JobRunner } from '../src/main/jobs/runner';
import { exportJob } from '../src/main/services/export/export-file';
import type { ExportFormat } from '../src/shared/model/jobs';
import type { UserRow } from '../src/shared/model/users';

/** What bench/run.ts and bench/export-large.ts share: the region, keys and the app's own export as a job. */
export const REGION = 'us-east-1';
export const CREDENTIALS = { accessKeyId: 'AKIABENCHBENCHBENCH1', secretAccessKey: 'bench' };
/** 30 ListUsers calls/s x 60 users a page. */
export const CEILING = 1_800;

export const seconds = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
};

/** Our export through the app's client cache, limiter and job runner; peak RSS sampled while it runs. */
export async function ourExport(
  endpoint: string,
  poolId: string,
  dir: string,
  name: string,
  format: ExportFormat = 'ndjson',
) {
  const clients = new ClientCache();
  const idp = clients.get(
    { name: 'bench', credentials: () => Promise.resolve(CREDENTIALS), endpoint: () => endpoint },
    REGION,
    'cognitoIdp',
    // The clients the app gives its jobs: the job's limiter and retry decide, not the SDK's adaptive layer.
    { purpose: 'job' },
  );
  // The partitions the scheduler paged: 16, plus 15 for every partition it split into its 16 children.
  const filters = new Set<string>();
  idp.middlewareStack.add(
    (next, context) => (args) => {
      if (context.commandName === 'ListUsersCommand') filters.add((args.input as { Filter?: string }).Filter ?? '');
      return next(args);
    },
    { step: 'initialize', name: 'benchFilters' },
  );
  // Warmed as the references' client is (and as the app's cached job client is once the pool was opened): its
  // first call's connection and lazily loaded SDK parts are not part of the export's time.
  await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
  const runner = new JobRunner({ dataDir: dir });
  const throttle = new RateLimits().throttleFor('bench', REGION);
  const file = path.join(dir, `${name}.${format}`);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const startedAt = performance.now();
  const [detail, secs] = await seconds(async () => {
    const id = runner.start(
      exportJob({ idp, throttle, profile: 'bench', region: REGION, userPoolId: poolId, format, file }),
      () => undefined,
    );
    return runner.wait(id);
  });
  clearInterval(sampler);
  clients.clear();
  const splits = [...filters].filter((f) => /"[0-9a-f]{2,}"/.test(f)).length / 16;
  /** secs and startedAt: the job alone, from runner.start to its end (not the client's creation nor the gc). */
  return { detail, secs, startedAt, file, rssGrowthMb: (peak - baseline) / 1024 / 1024, splits };
}

/** The export's rows by sub, and how many lines repeated a sub already seen. */
export function rowsOf(file: string): { rows: Map<string, string>; duplicates: number } {
  const rows = new Map<string, string>();
  let duplicates = 0;
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    if (!text) continue;
    const sub = (JSON.parse(text) as UserRow).sub ?? '';
    if (rows.has(sub)) duplicates++;
    else rows.set(sub, text);
  }
  return { rows, duplicates };
}
