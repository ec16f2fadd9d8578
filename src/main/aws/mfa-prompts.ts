import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/ipc/errors';
import type { CallContext } from '../ipc/router';

interface Pending {
  resolve(code: string): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Asks the window that is using a profile for an MFA code. The SDK calls `ask` when assume-role needs one;
 * the window answers through `credentials:mfa-answer`.
 */
export class MfaPrompts {
  private readonly pending = new Map<string, Pending>();
  private readonly lastCaller = new Map<string, CallContext>();

  constructor(private readonly timeoutMs = 300_000) {}

  /** Remembers which window uses a profile, so a prompt goes to that window only. */
  bind(profile: string, ctx: CallContext): void {
    this.lastCaller.set(profile, ctx);
  }

  ask(profile: string, mfaSerial: string): Promise<string> {
    const ctx = this.lastCaller.get(profile);
    if (!ctx)
      return Promise.reject(
        new AppError('AWS_AUTH', `Profile "${profile}" needs an MFA code and no window can ask for it.`),
      );
    const promptId = randomUUID();
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(promptId);
        reject(
          new AppError('AWS_AUTH', 'No MFA code was entered in time.', {
            hint: 'Retry and enter the code when asked.',
          }),
        );
      }, this.timeoutMs);
      this.pending.set(promptId, { resolve, reject, timer });
      ctx.emit('credentials:mfa-prompt', { promptId, profile, mfaSerial });
    });
  }

  answer(promptId: string, code: string | null): void {
    const pending = this.pending.get(promptId);
    if (!pending) throw new AppError('NOT_FOUND', 'This MFA prompt has expired or was already answered.');
    this.pending.delete(promptId);
    clearTimeout(pending.timer);
    if (code === null) pending.reject(new AppError('CANCELLED', 'MFA code entry was cancelled.'));
    else pending.resolve(code);
  }
}
