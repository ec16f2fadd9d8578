import { randomUUID } from 'node:crypto';
import type { UserType } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityProviderClient, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { unthrottled } from '../../../../../src/main/jobs/limits';
import type { ScheduledStart } from '../../../../../src/main/services/export/partition-scheduler';
import { scheduledPartitionScan } from '../../../../../src/main/services/export/partition-scheduler';

// A pool in memory behind a mock shaped like ListUsers (prefix filters, Limit pages, tokens as offsets): what the
// scheduler does with its pages, without moto's time per page.
const POOL = Array.from({ length: 6_000 }, () => randomUUID());
const user = (sub: string): UserType => ({ Username: `u-${sub}`, Attributes: [{ Name: 'sub', Value: sub }] });

function poolClient(calls: string[], pool: readonly string[] = POOL): CognitoIdentityProviderClient {
  const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
  mockClient(idp)
    .on(ListUsersCommand)
    .callsFake((input: { Filter?: string; PaginationToken?: string; Limit?: number }) => {
      const prefix = /sub \^= "([0-9a-f]+)"/.exec(input.Filter ?? '')?.[1] ?? '';
      calls.push(prefix);
      const matching = pool.filter((s) => s.startsWith(prefix));
      const from = Number(input.PaginationToken ?? 0);
      const to = from + (input.Limit ?? 60);
      return {
        Users: matching.slice(from, to).map(user),
        ...(to < matching.length ? { PaginationToken: String(to) } : {}),
      };
    });
  return idp;
}

async function scan(from?: ReadonlyMap<string, ScheduledStart>, latencyMs?: number) {
  const calls: string[] = [];
  const written: string[] = [];
  const splits: string[] = [];
  const result = await scheduledPartitionScan(
    {
      idp: poolClient(calls),
      userPoolId: 'eu-west-1_abc',
      throttle: unthrottled,
      signal: new AbortController().signal,
    },
    {
      page: (page) => {
        written.push(...page.keys);
        return Promise.resolve();
      },
      split: (parent, children) => {
        expect(children).toHaveLength(16);
        splits.push(parent);
        return Promise.resolve();
      },
    },
    from,
    { poolUsers: POOL.length, rps: 30, ...(latencyMs !== undefined ? { latencyMs } : {}) },
  );
  return { result, calls, written, splits };
}

describe('scheduledPartitionScan', () => {
  it('a fresh scan at 150 ms a page keeps the 16 partitions and lists every sub once', async () => {
    const { result, written, splits, calls } = await scan(undefined, 150);
    expect(splits).toEqual([]);
    expect(new Set(calls)).toEqual(new Set('0123456789abcdef'));
    expect(written.sort()).toEqual([...POOL].sort());
    expect([...result.counts.values()].reduce((a, b) => a + b, 0)).toBe(POOL.length);
  });

  it('a resume with one partition left (one page read before) splits it; its children skip what it wrote', async () => {
    const written: string[] = POOL.filter((s) => s.startsWith('7')).slice(0, 60);
    const from = new Map<string, ScheduledStart>(
      [...'0123456789abcdef'].map((h) => [h, { done: h !== '7', count: 0, seen: new Set<string>() }]),
    );
    from.set('7', { token: '60', done: false, count: 60, seen: new Set(written) });
    const run = await scan(from, 400);
    expect(run.splits).toEqual(['7']);
    expect(run.result.splits).toBe(1);
    const all = [...written, ...run.written];
    expect(all.sort()).toEqual(POOL.filter((s) => s.startsWith('7')).sort());
    expect([...run.result.counts.values()].reduce((a, b) => a + b, 0)).toBe(all.length);
    // The partition paged once more, then its 16 children from their start.
    expect(run.calls.filter((c) => c === '7')).toHaveLength(1);
    expect(new Set(run.calls.filter((c) => c.length === 2))).toEqual(
      new Set([...'0123456789abcdef'].map((h) => `7${h}`)),
    );
  });

  it("does not time the pages that waited for the sink's setup (ready): a slow start is not a slow page", async () => {
    const calls: string[] = [];
    const splits: string[] = [];
    // Large enough (21 pages a partition) that 16 streams at 1.2 s a page would finish later than 30 calls/s allow.
    const big = Array.from({ length: 20_000 }, () => randomUUID());
    // The export's setup (DescribeUserPool, the writer) takes 1.2 s; the first 16 pages wait for it.
    const ready = new Promise<void>((resolve) => setTimeout(resolve, 1_200));
    const result = await scheduledPartitionScan(
      {
        idp: poolClient(calls, big),
        userPoolId: 'eu-west-1_abc',
        throttle: unthrottled,
        signal: new AbortController().signal,
      },
      {
        page: async () => {
          await ready;
        },
        split: (parent) => {
          splits.push(parent);
          return Promise.resolve();
        },
        ready,
      },
      undefined,
      { poolUsers: big.length, rps: 30 },
    );
    // Timed, 1.2 s a page would make 16 streams too slow for 30 calls/s, and the scheduler would split.
    expect(splits).toEqual([]);
    expect([...result.counts.values()].reduce((a, b) => a + b, 0)).toBe(big.length);
  });
});
