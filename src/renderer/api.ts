import type { ChannelName, EventName, EventOf, RequestOf, ResponseOf } from '../shared/ipc/channels';
import type { ErrorCode, WireError } from '../shared/ipc/errors';
import type { WindowApi } from '../shared/ipc/api';

declare global {
  interface Window {
    api?: WindowApi;
  }
}

/** A WireError as a thrown exception, so screens can `catch` and show it. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly details: WireError['details'];

  constructor(error: WireError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.retryable = error.retryable;
    this.details = error.details;
  }
}

function bridge(): WindowApi {
  if (!window.api) {
    throw new ApiError({
      code: 'INTERNAL',
      message: 'The console bridge (window.api) is missing: open the app, not the HTML file.',
      retryable: false,
    });
  }
  return window.api;
}

/** Calls main over the contract; resolves with the value or throws an ApiError. */
export async function call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  let envelope;
  try {
    envelope = await bridge().invoke(channel, request);
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError({
      code: 'NETWORK',
      message: `The console backend did not answer: ${String(cause)}`,
      retryable: true,
    });
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
  return window.api ? window.api.on(event, listener) : () => undefined;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    code: 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
    retryable: false,
  });
}

const TITLES: Record<ErrorCode, string> = {
  VALIDATION: 'Invalid input',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  AWS_AUTH: 'AWS credentials problem',
  AWS_THROTTLED: 'AWS is throttling requests',
  AWS_LIMIT: 'AWS limit reached',
  CANCELLED: 'Cancelled',
  NETWORK: 'Network problem',
  UNSUPPORTED: 'Not supported by this endpoint',
  INTERNAL: 'Something went wrong',
};

/** A readable title for an error code, for toasts and in-place messages. */
export function errorTitle(code: ErrorCode): string {
  return TITLES[code];
}
