import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'AWS_AUTH',
  'AWS_THROTTLED',
  'AWS_LIMIT',
  'CANCELLED',
  'NETWORK',
  'UNSUPPORTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const wireErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  retryable: z.boolean(),
  details: z
    .object({
      /** The AWS error name, e.g. ThrottlingException. */
      awsCode: z.string().optional(),
      /** The AWS operation that failed, e.g. ListUserPools. */
      operation: z.string().optional(),
      /** A plain-language next step, e.g. the SSO login command. */
      hint: z.string().optional(),
      /** Field-level problems of a VALIDATION error. */
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    })
    .optional(),
});

export type WireError = z.infer<typeof wireErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** Error thrown inside main with a code chosen on purpose; passes through the mapper unchanged. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: WireError['details'] = undefined,
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
