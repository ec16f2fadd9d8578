import { describe, expect, it } from 'vitest';
import { formatCreated, poolsText, sortPools } from '../../../src/cli/format-pools';
import { profilesText } from '../../../src/cli/format-profiles';
import type { ProfileSummary } from '../../../src/shared/model/profiles';
import type { UserPoolSummary } from '../../../src/shared/model/user-pools';

const pool = (over: Partial<UserPoolSummary>): UserPoolSummary => ({ id: 'eu-west-1_AAA', name: 'a', ...over });

describe('pools formatting', () => {
  it('sorts by name ignoring case, then by id', () => {
    const sorted = sortPools([
      pool({ name: 'beta', id: 'x_2' }),
      pool({ name: 'Alpha', id: 'x_9' }),
      pool({ name: 'alpha', id: 'x_1' }),
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['x_1', 'x_9', 'x_2']);
  });

  it('shows creation times in UTC to the minute, and - when unknown or unparsable', () => {
    expect(formatCreated('2026-03-01T14:05:59.999+02:00')).toBe('2026-03-01 12:05');
    expect(formatCreated(undefined)).toBe('-');
    expect(formatCreated('yesterday')).toBe('-');
  });

  it('prints one row per pool, with - for details DescribeUserPool did not give, and a note why', () => {
    const text = poolsText(
      [
        pool({
          name: 'prod',
          id: 'eu-west-1_P',
          createdAt: '2026-01-02T03:04:05Z',
          estimatedUsers: 1500,
          mfa: 'OPTIONAL',
          deletionProtection: true,
        }),
        pool({ name: 'broken', id: 'eu-west-1_B', detailError: 'AccessDeniedException: no DescribeUserPool' }),
      ],
      { profile: 'p', region: 'eu-west-1' },
    );
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('NAME    ID           CREATED (UTC)     EST. USERS  MFA       DELETION PROTECTION');
    expect(lines[1]).toBe('prod    eu-west-1_P  2026-01-02 03:04        1500  OPTIONAL  on');
    expect(lines[2]).toBe('broken  eu-west-1_B  -                          -  -         -');
    expect(lines[3]).toBe('note: no details for eu-west-1_B: AccessDeniedException: no DescribeUserPool');
  });

  it('says so when there is no pool, naming the region and profile', () => {
    expect(poolsText([], { profile: 'dev', region: 'eu-west-1' })).toBe(
      'No user pools in eu-west-1 for profile "dev".\n',
    );
  });
});

describe('profiles formatting', () => {
  it('shows name, kind, region, read-only and default', () => {
    const profiles: ProfileSummary[] = [
      {
        name: 'Local sandbox',
        kind: 'sandbox',
        region: 'us-east-1',
        readOnly: false,
        needsMfa: false,
        hasCustomEndpoint: true,
        isDefault: false,
      },
      { name: 'prod', kind: 'sso', readOnly: true, needsMfa: false, hasCustomEndpoint: false, isDefault: true },
    ];
    expect(profilesText(profiles)).toBe(
      [
        'NAME           KIND     REGION     READ-ONLY  DEFAULT',
        'Local sandbox  sandbox  us-east-1  no         no',
        'prod           sso      -          yes        yes',
        '',
      ].join('\n'),
    );
  });
});
