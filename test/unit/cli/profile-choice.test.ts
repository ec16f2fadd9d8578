import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/exit-codes';
import { chooseProfile, requireProfile } from '../../../src/cli/profile-choice';
import { AppError } from '../../../src/shared/ipc/errors';

describe('chooseProfile: the AWS CLI order', () => {
  const env = { AWS_PROFILE: 'from-env', AWS_DEFAULT_PROFILE: 'from-old-env' };

  it('takes --profile first, then AWS_PROFILE, then AWS_DEFAULT_PROFILE, then "default"', () => {
    expect(chooseProfile('flag', env)).toEqual({ name: 'flag', source: '--profile' });
    expect(chooseProfile(undefined, env)).toEqual({ name: 'from-env', source: 'AWS_PROFILE' });
    expect(chooseProfile(undefined, { AWS_DEFAULT_PROFILE: 'old' })).toEqual({
      name: 'old',
      source: 'AWS_DEFAULT_PROFILE',
    });
    expect(chooseProfile(undefined, {})).toEqual({ name: 'default', source: 'default' });
  });

  it('treats an empty variable as unset, as `AWS_PROFILE= cmd` means in a shell', () => {
    expect(chooseProfile(undefined, { AWS_PROFILE: '', AWS_DEFAULT_PROFILE: 'old' }).source).toBe(
      'AWS_DEFAULT_PROFILE',
    );
    expect(chooseProfile(undefined, { AWS_PROFILE: '' }).name).toBe('default');
  });

  it('refuses a bad name as a usage error naming where it came from', () => {
    expect(() => chooseProfile('a*b', {})).toThrow(/^invalid --profile "a\*b"/);
    expect(() => chooseProfile(undefined, { AWS_PROFILE: 'a*b' })).toThrow(/^invalid AWS_PROFILE "a\*b"/);
    expect(() => chooseProfile(undefined, { AWS_PROFILE: 'a*b' })).toThrow(UsageError);
  });
});

describe('requireProfile', () => {
  const known = ['Local sandbox', 'dev', 'default'];

  it('returns the name when the ini files have it', () => {
    expect(requireProfile({ name: 'dev', source: 'AWS_PROFILE' }, known)).toBe('dev');
    expect(requireProfile({ name: 'default', source: 'default' }, known)).toBe('default');
  });

  it('names the source of an unknown name, as NOT_FOUND (exit 3) with a pointer to `profiles`', () => {
    const fail = (): string => requireProfile({ name: 'x', source: 'AWS_PROFILE' }, known);
    expect(fail).toThrow(AppError);
    expect(fail).toThrow('No profile named "x" (from AWS_PROFILE) in the AWS config or credentials file.');
    let caught: unknown;
    try {
      fail();
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'NOT_FOUND', details: { hint: expect.stringContaining('profiles') } });
  });

  it('is a usage error listing the three sources when nothing was given and there is no "default"', () => {
    const fail = (): string => requireProfile({ name: 'default', source: 'default' }, ['Local sandbox', 'dev']);
    expect(fail).toThrow(UsageError);
    expect(fail).toThrow(/--profile NAME.*AWS_PROFILE.*\[default\].*`cognito-console profiles`/);
  });
});
