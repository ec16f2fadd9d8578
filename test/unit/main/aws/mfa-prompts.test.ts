import { afterEach, describe, expect, it, vi } from 'vitest';
import { MfaPrompts } from '../../../../src/main/aws/mfa-prompts';
import type { CallContext } from '../../../../src/main/ipc/router';
import type { EventName } from '../../../../src/shared/ipc/channels';
import { events } from '../../../../src/shared/ipc/channels';
import { AppError } from '../../../../src/shared/ipc/errors';

const SERIAL = 'arn:aws:iam::123456789012:mfa/fixture-user';

/** A window: records what it is sent, checked against the event schema as the preload would. */
function windowCtx(senderId: string) {
  const sent: { event: EventName; payload: unknown }[] = [];
  const ctx: CallContext = {
    senderId,
    emit(event, payload) {
      events[event].parse(payload);
      sent.push({ event, payload });
    },
  };
  return { ctx, sent };
}

function promptIdOf(sent: { payload: unknown }[], index = 0): string {
  const payload = sent[index]?.payload as { promptId?: string } | undefined;
  if (!payload?.promptId) throw new Error('no prompt was sent');
  return payload.promptId;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('MfaPrompts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses at once when no window uses the profile', async () => {
    const error = await rejection(new MfaPrompts().ask('admin-mfa', SERIAL));
    expect(error.code).toBe('AWS_AUTH');
    expect(error.message).toContain('"admin-mfa"');
  });

  it('sends a prompt to the window bound to the profile and resolves with its answer', async () => {
    const prompts = new MfaPrompts();
    const win = windowCtx('w1');
    prompts.bind('admin-mfa', win.ctx);
    const code = prompts.ask('admin-mfa', SERIAL);
    expect(win.sent).toEqual([
      {
        event: 'credentials:mfa-prompt',
        payload: {
          promptId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
          profile: 'admin-mfa',
          mfaSerial: SERIAL,
        },
      },
    ]);
    prompts.answer(promptIdOf(win.sent), '654321');
    await expect(code).resolves.toBe('654321');
  });

  it('asks the window that used the profile last, and no other', async () => {
    const prompts = new MfaPrompts();
    const first = windowCtx('w1');
    const second = windowCtx('w2');
    const other = windowCtx('w3');
    prompts.bind('admin-mfa', first.ctx);
    prompts.bind('other-profile', other.ctx);
    prompts.bind('admin-mfa', second.ctx);
    const code = prompts.ask('admin-mfa', SERIAL);
    expect(first.sent).toEqual([]);
    expect(other.sent).toEqual([]);
    expect(second.sent).toHaveLength(1);
    prompts.answer(promptIdOf(second.sent), '000000');
    await expect(code).resolves.toBe('000000');
  });

  it('keeps concurrent prompts apart', async () => {
    const prompts = new MfaPrompts();
    const win = windowCtx('w1');
    prompts.bind('a', win.ctx);
    prompts.bind('b', win.ctx);
    const a = prompts.ask('a', `${SERIAL}-a`);
    const b = prompts.ask('b', `${SERIAL}-b`);
    const [idA, idB] = [promptIdOf(win.sent, 0), promptIdOf(win.sent, 1)];
    expect(idA).not.toBe(idB);
    prompts.answer(idB, '222222');
    prompts.answer(idA, '111111');
    await expect(Promise.all([a, b])).resolves.toEqual(['111111', '222222']);
  });

  it('rejects with CANCELLED when the window answers null', async () => {
    const prompts = new MfaPrompts();
    const win = windowCtx('w1');
    prompts.bind('admin-mfa', win.ctx);
    const code = prompts.ask('admin-mfa', SERIAL);
    prompts.answer(promptIdOf(win.sent), null);
    expect((await rejection(code)).code).toBe('CANCELLED');
  });

  it('refuses an unknown or already answered prompt with NOT_FOUND', async () => {
    const prompts = new MfaPrompts();
    const win = windowCtx('w1');
    prompts.bind('admin-mfa', win.ctx);
    expect(() => prompts.answer('3b241101-e2bb-4255-8caf-4136c566a962', '123456')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }) as unknown,
    );
    const code = prompts.ask('admin-mfa', SERIAL);
    const id = promptIdOf(win.sent);
    prompts.answer(id, '123456');
    await code;
    expect(() => prompts.answer(id, '999999')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as unknown);
  });

  it('gives up after the timeout, and a late answer finds nothing', async () => {
    vi.useFakeTimers();
    const prompts = new MfaPrompts(5_000);
    const win = windowCtx('w1');
    prompts.bind('admin-mfa', win.ctx);
    const code = rejection(prompts.ask('admin-mfa', SERIAL));
    vi.advanceTimersByTime(4_999);
    const early = await Promise.race([code.then(() => 'settled'), Promise.resolve('pending')]);
    expect(early).toBe('pending');
    vi.advanceTimersByTime(1);
    const error = await code;
    expect(error).toMatchObject({ code: 'AWS_AUTH', message: 'No MFA code was entered in time.' });
    expect(() => prompts.answer(promptIdOf(win.sent), '123456')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }) as unknown,
    );
  });

  it('waits five minutes by default', async () => {
    vi.useFakeTimers();
    const prompts = new MfaPrompts();
    const win = windowCtx('w1');
    prompts.bind('p', win.ctx);
    const code = rejection(prompts.ask('p', SERIAL));
    vi.advanceTimersByTime(299_999);
    expect(await Promise.race([code.then(() => 'settled'), Promise.resolve('pending')])).toBe('pending');
    vi.advanceTimersByTime(1);
    expect((await code).code).toBe('AWS_AUTH');
  });
});
