import type { ChannelName, EventName, EventOf, ParsedRequestOf, ResponseOf } from '../../shared/ipc/channels';
import { channels, isChannelName, isMutating } from '../../shared/ipc/channels';
import type { Envelope, WireError } from '../../shared/ipc/errors';
import { toWireError, validationError } from './to-wire-error';

/** Who is calling: events go back to this sender only. */
export interface CallContext {
  senderId: string;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
}

export type Handler<C extends ChannelName> = (request: ParsedRequestOf<C>, ctx: CallContext) => Promise<ResponseOf<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

export interface RouterOptions {
  isReadOnly(profile: string): boolean;
  onError?(channel: string, error: WireError, cause: unknown): void;
}

export type Dispatch = (channel: unknown, payload: unknown, ctx: CallContext) => Promise<Envelope<unknown>>;

/** One entry point for every IPC call: validate in, refuse writes on read-only profiles, validate out, never throw. */
export function createRouter(handlers: Handlers, options: RouterOptions): Dispatch {
  return async (channel, payload, ctx) => {
    if (!isChannelName(channel)) {
      return fail({ code: 'VALIDATION', message: `Unknown channel: ${describe(channel)}`, retryable: false });
    }
    const spec = channels[channel];
    // Requests are plain JSON objects; Electron's structured clone would also carry a Date, Map or Error.
    if (!isPlainObject(payload)) {
      return fail({
        code: 'VALIDATION',
        message: `Invalid request for ${channel}: expected an object`,
        retryable: false,
      });
    }
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) return fail(validationError(parsed.error, `Invalid request for ${channel}`));

    const request = parsed.data as { profile?: unknown };
    if (isMutating(channel) && typeof request.profile === 'string' && options.isReadOnly(request.profile)) {
      return fail({
        code: 'FORBIDDEN',
        message: `Profile "${request.profile}" is read-only: ${channel} was refused before any AWS call.`,
        retryable: false,
        details: { hint: 'Turn read-only off for this profile in Settings to make changes.' },
      });
    }

    try {
      const handler = handlers[channel] as Handler<ChannelName>;
      const value = await handler(parsed.data, ctx);
      const out = spec.response.safeParse(value);
      if (!out.success) {
        const error: WireError = {
          code: 'INTERNAL',
          message: `The response of ${channel} broke the contract`,
          retryable: false,
        };
        options.onError?.(channel, error, out.error);
        return fail(error);
      }
      return { ok: true, value: out.data };
    } catch (cause) {
      const error = toWireError(cause);
      options.onError?.(channel, error, cause);
      return fail(error);
    }
  };
}

function fail(error: WireError): Envelope<never> {
  return { ok: false, error };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 64));
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
