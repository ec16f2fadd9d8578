import { describe, expect, it } from 'vitest';
import { envProfileName } from '../../../../src/main/aws/default-profile';

describe('envProfileName (the app and the CLI mark and use the same default)', () => {
  it.each([
    [{}, 'default'],
    [{ AWS_PROFILE: 'dev' }, 'dev'],
    [{ AWS_DEFAULT_PROFILE: 'old' }, 'old'],
    [{ AWS_PROFILE: 'dev', AWS_DEFAULT_PROFILE: 'old' }, 'dev'],
    // `AWS_PROFILE= cmd` in a shell means "not set".
    [{ AWS_PROFILE: '', AWS_DEFAULT_PROFILE: 'old' }, 'old'],
    [{ AWS_PROFILE: '' }, 'default'],
  ])('%j -> %s', (env, expected) => expect(envProfileName(env)).toBe(expected));
});
