import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/exit-codes';
import { parseSide } from '../../../src/cli/pool-target';

describe('pool diff sides: PROFILE[@REGION]:POOL_ID or POOL_ID', () => {
  it('takes a profile and pool id, with or without a region', () => {
    expect(parseSide('dev:eu-west-1_AbC123', '--left')).toEqual({
      profile: 'dev',
      region: undefined,
      userPoolId: 'eu-west-1_AbC123',
    });
    expect(parseSide('prod@us-gov-west-1:us-gov-west-1_Xy9', '--right')).toEqual({
      profile: 'prod',
      region: 'us-gov-west-1',
      userPoolId: 'us-gov-west-1_Xy9',
    });
  });

  it('keeps ":" and a non-region "@" in profile names (both are allowed there)', () => {
    expect(parseSide('sso:team@corp:eu-west-1_AbC123', '--left')).toMatchObject({
      profile: 'sso:team@corp',
      region: undefined,
    });
    expect(parseSide('me@corp@eu-west-1:eu-west-1_AbC123', '--left')).toMatchObject({
      profile: 'me@corp',
      region: 'eu-west-1',
    });
  });

  it("takes a bare pool id as a side without a profile (the command's profile applies)", () => {
    expect(parseSide('eu-west-1_AbC123', '--left')).toEqual({
      profile: undefined,
      region: undefined,
      userPoolId: 'eu-west-1_AbC123',
    });
    expect(() => parseSide('not a pool', '--left')).toThrow(/invalid --left "not a pool": not a user pool id/);
  });

  it('refuses an empty profile or a bad pool id, as a usage error', () => {
    for (const bad of [':eu-west-1_AbC123', 'dev:', 'dev:not a pool', 'bad profile!:eu-west-1_A1']) {
      expect(() => parseSide(bad, '--left')).toThrow(UsageError);
    }
  });
});
