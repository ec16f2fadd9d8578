import type { UserType } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityProviderClient, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { unthrottled } from '../../../../../src/main/jobs/limits';
import { isStaleToken, partitionedScan } from '../../../../../src/main/services/export/scan';

// moto cannot expire a pagination token on demand: the restart path is driven by a mock shaped like ListUsers.
const user = (sub: string): UserType => ({
  Username: `u-${sub}`,
  Attributes: [{ Name: 'sub', Value: sub }],
  Enabled: true,
  UserStatus: 'CONFIRMED',
});

describe('partitionedScan', () => {
  it('pages all 16 sub ^= partitions, restarts one whose token went stale, and sends no sub twice', async () => {
    const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
    const mock = mockClient(idp);
    const calls: string[] = [];
    let staleOnce = true;
    mock.on(ListUsersCommand).callsFake((input: { Filter?: string; PaginationToken?: string; Limit?: number }) => {
      calls.push(`${input.Filter ?? ''}|${input.PaginationToken ?? ''}|${input.Limit ?? ''}`);
      const hex = /sub \^= "(.)"/.exec(input.Filter ?? '')?.[1] ?? '?';
      if (hex !== '3') return { Users: [user(`${hex}-1`)] };
      // Partition 3: two pages; the second page's token expires once, so the partition starts over.
      if (!input.PaginationToken) return { Users: [user('3-1'), user('3-2')], PaginationToken: 'next' };
      if (staleOnce) {
        staleOnce = false;
        throw Object.assign(new Error('Invalid token'), { name: 'InvalidToken' });
      }
      return { Users: [user('3-3')] };
    });
    const seen: string[] = [];
    const counts = await partitionedScan(
      { idp, userPoolId: 'eu-west-1_abc', throttle: unthrottled, signal: new AbortController().signal },
      (users) => {
        seen.push(...users.map((u) => u.Username ?? ''));
        return Promise.resolve();
      },
    );
    expect(seen.sort()).toEqual(
      [...[...'0123456789abcdef'].filter((h) => h !== '3').map((h) => `u-${h}-1`), 'u-3-1', 'u-3-2', 'u-3-3'].sort(),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(18);
    expect(calls.every((c) => c.endsWith('|60'))).toBe(true);
    expect(calls.filter((c) => c.startsWith('sub ^= "3"'))).toHaveLength(4);
  });

  it('knows a stale pagination token from other errors', () => {
    expect(isStaleToken({ name: 'InvalidToken' })).toBe(true);
    expect(isStaleToken({ name: 'InvalidParameterException', message: 'Pagination token expired' })).toBe(true);
    expect(isStaleToken({ name: 'InvalidParameterException', message: 'Invalid filter' })).toBe(false);
    expect(isStaleToken({ name: 'TooManyRequestsException' })).toBe(false);
  });
});
