import { ResourceNotFoundException } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import type { CallContext, Handlers, RouterOptions } from '../../../../src/main/ipc/router';
import { createRouter } from '../../../../src/main/ipc/router';
import type { ChannelName } from '../../../../src/shared/ipc/channels';
import { CHANNEL_NAMES, isMutating } from '../../../../src/shared/ipc/channels';
import type { WireError } from '../../../../src/shared/ipc/errors';
import { AppError } from '../../../../src/shared/ipc/errors';
import { SPECS } from './fuzz-specs';

const ctx: CallContext = { senderId: 'window-1', emit: () => undefined };

interface Call {
  channel: ChannelName;
  request: unknown;
  ctx: CallContext;
}

/** A router whose handlers record their calls and answer with `answer(channel)` (undefined breaks every contract). */
function setup(
  answer: (channel: ChannelName) => Promise<unknown> = () => Promise.resolve(undefined),
  readOnly: string[] = [],
) {
  const calls: Call[] = [];
  const errors: { channel: string; error: WireError; cause: unknown }[] = [];
  const readOnlyChecks: string[] = [];
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      (request: unknown, context: CallContext) => {
        calls.push({ channel, request, ctx: context });
        return answer(channel);
      },
    ]),
  ) as unknown as Handlers;
  const options: RouterOptions = {
    isReadOnly: (p) => (readOnlyChecks.push(p), readOnly.includes(p)),
    onError: (channel, error, cause) => errors.push({ channel, error, cause }),
  };
  return { dispatch: createRouter(handlers, options), calls, errors, readOnlyChecks };
}

const valid = (c: ChannelName): Record<string, unknown> => ({ ...(SPECS[c].valid as Record<string, unknown>) });

describe('createRouter', () => {
  it.each(CHANNEL_NAMES)(
    'passes a valid %s request to its own handler, once, with the caller context',
    async (channel) => {
      const { dispatch, calls } = setup();
      await dispatch(channel, valid(channel), ctx);
      expect(calls).toEqual([{ channel, request: valid(channel), ctx }]);
    },
  );

  it('returns the handler value in an ok envelope', async () => {
    const info = { version: '1.2.3', platform: 'linux', host: 'web' };
    const { dispatch } = setup((c) => Promise.resolve(c === 'app:info' ? info : undefined));
    expect(await dispatch('app:info', {}, ctx)).toEqual({ ok: true, value: info });
  });

  it('strips fields a handler adds beyond the response schema, such as a secret', async () => {
    const { dispatch } = setup(() =>
      Promise.resolve({
        version: '1',
        platform: 'linux',
        host: 'web',
        secretAccessKey: 'router-test-secret-must-not-pass',
      }),
    );
    const result = await dispatch('app:info', {}, ctx);
    expect(result).toEqual({ ok: true, value: { version: '1', platform: 'linux', host: 'web' } });
  });

  it('turns a response that breaks the contract into INTERNAL and reports it', async () => {
    const { dispatch, errors } = setup(() => Promise.resolve({ version: 1, platform: 'linux', host: 'mainframe' }));
    const result = await dispatch('app:info', {}, ctx);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The response of app:info broke the contract', retryable: false },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.channel).toBe('app:info');
    expect((errors[0]?.cause as ZodError).issues.map((i) => i.path.join('.')).sort()).toEqual(['host', 'version']);
  });

  it('passes a thrown AppError through unchanged and reports it', async () => {
    const thrown = new AppError('CONFLICT', 'Pool has deletion protection on.', { hint: 'Turn it off first.' });
    const { dispatch, errors } = setup(() => Promise.reject(thrown));
    const result = await dispatch('userPools:list', valid('userPools:list'), ctx);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Pool has deletion protection on.',
        retryable: false,
        details: { hint: 'Turn it off first.' },
      },
    });
    expect(errors).toEqual([
      { channel: 'userPools:list', error: expect.objectContaining({ code: 'CONFLICT' }) as unknown, cause: thrown },
    ]);
  });

  it('maps an AWS error a handler throws', async () => {
    const { dispatch } = setup(() =>
      Promise.reject(new ResourceNotFoundException({ message: 'No such pool', $metadata: {} })),
    );
    expect(await dispatch('userPools:list', valid('userPools:list'), ctx)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such pool' },
    });
  });

  it('never throws, even when a handler throws synchronously or throws a non-Error', async () => {
    const { dispatch } = setup((c) => {
      if (c === 'app:info') throw new TypeError('sync boom');
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the point is a non-Error rejection
      return Promise.reject(Object.freeze(['odd']));
    });
    expect(await dispatch('app:info', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'sync boom' },
    });
    expect(await dispatch('settings:get', {}, ctx)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('gives field-level issues for a malformed request', async () => {
    const { dispatch, calls } = setup();
    const result = await dispatch(
      'userPools:delete',
      { ...valid('userPools:delete'), region: 'Mars', confirmName: '' },
      ctx,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringMatching(/^Invalid request for userPools:delete: region: /) as unknown,
      },
    });
    const issues = result.ok ? [] : (result.error.details?.issues ?? []);
    expect(issues.map((i) => i.path)).toEqual(['region', 'confirmName']);
    expect(calls).toEqual([]);
  });
});

describe('read-only profiles', () => {
  const mutating = CHANNEL_NAMES.filter(isMutating);

  it('has at least one mutating channel to guard', () => {
    expect(mutating).toContain('userPools:delete');
  });

  it('lets a read-only profile sync and search its local user index: a sync only reads from AWS', () => {
    for (const c of ['userIndex:status', 'userIndex:sync', 'userIndex:query'] as const) {
      expect({ c, mutating: isMutating(c) }).toEqual({ c, mutating: false });
    }
  });

  it.each(mutating)('refuses %s on a read-only profile with FORBIDDEN before the handler runs', async (channel) => {
    const { dispatch, calls, errors, readOnlyChecks } = setup(() => Promise.resolve(null), ['prod-admin']);
    const result = await dispatch(channel, { ...valid(channel), profile: 'prod-admin' }, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        retryable: false,
        message: expect.stringContaining('"prod-admin" is read-only') as unknown,
        details: { hint: expect.stringContaining('Settings') as unknown },
      },
    });
    expect(calls).toEqual([]);
    expect(errors).toEqual([]);
    expect(readOnlyChecks).toEqual(['prod-admin']);
  });

  it.each(mutating)('lets %s through for a profile that is not read-only', async (channel) => {
    const { dispatch, calls } = setup(() => Promise.resolve(null), ['prod-admin']);
    // The stub handler answers null, which only some channels' responses accept: reaching it is the point.
    const result = await dispatch(channel, { ...valid(channel), profile: 'dev' }, ctx);
    expect(result).not.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls.map((c) => c.channel)).toEqual([channel]);
  });

  it.each(CHANNEL_NAMES.filter((c) => !isMutating(c) && 'profile' in SPECS[c].fields))(
    'still serves the read channel %s on a read-only profile',
    async (channel) => {
      const { dispatch, calls } = setup(undefined, ['prod-admin']);
      await dispatch(channel, { ...valid(channel), profile: 'prod-admin' }, ctx);
      expect(calls.map((c) => c.channel)).toEqual([channel]);
    },
  );
});
