import type { ZodError } from 'zod';
import type { ErrorCode, WireError } from '../../shared/ipc/errors';
import { AppError } from '../../shared/ipc/errors';

const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ProvisionedThroughputExceededException',
  'SlowDown',
]);
const AUTH = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'AccessDenied',
  'AccessDeniedException',
  'CredentialsProviderError',
  'TokenProviderError',
  'UnauthorizedException',
]);
const NOT_FOUND = new Set([
  'ResourceNotFoundException',
  'UserNotFoundException',
  'NotFoundException',
  'NoSuchEntity',
  'GroupNotFoundException',
]);
const CONFLICT = new Set([
  'ConcurrentModificationException',
  'UsernameExistsException',
  'GroupExistsException',
  'AlreadyExistsException',
  'ResourceInUseException',
  'DuplicateProviderException',
  'ResourceExistsException',
  'ConflictException',
  'ResourceConflictException',
]);
const LIMIT = new Set(['LimitExceededException', 'ServiceQuotaExceededException', 'TooManyFailedAttemptsException']);
const VALIDATION = new Set([
  'InvalidParameterException',
  'ValidationException',
  'InvalidPasswordException',
  'BadRequestException',
  'InvalidParameterValue',
]);
const UNSUPPORTED = new Set([
  'UnknownOperationException',
  'NotImplemented',
  'NotImplementedException',
  'InvalidAction',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
]);

interface AwsLikeError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
  $fault?: 'client' | 'server';
  $response?: { statusCode?: number };
  /** Set by the client middleware in aws/clients.ts. */
  $operation?: string;
}

/** The one place where anything thrown in main becomes a WireError the renderer can show. */
export function toWireError(cause: unknown): WireError {
  if (cause instanceof AppError) {
    return { code: cause.code, message: cause.message, retryable: cause.retryable, details: cause.details };
  }
  if (isZodError(cause)) return validationError(cause, 'Invalid input');
  if (typeof cause !== 'object' || cause === null) {
    return { code: 'INTERNAL', message: String(cause), retryable: false };
  }
  const err = cause as AwsLikeError;
  const name = err.name ?? '';
  const message = err.message || name || 'Unknown error';
  const status = err.$metadata?.httpStatusCode ?? err.$response?.statusCode;
  const operation = err.$operation;
  const aws = (code: ErrorCode, retryable = false, hint?: string): WireError => ({
    code,
    message,
    retryable,
    details: { awsCode: name || undefined, ...(operation ? { operation } : {}), ...(hint ? { hint } : {}) },
  });

  if (name === 'AbortError' || name === 'RequestAbortedError')
    return { code: 'CANCELLED', message: 'Cancelled', retryable: false };
  if (THROTTLED.has(name) || err.$retryable?.throttling === true)
    return aws('AWS_THROTTLED', true, 'AWS is rate-limiting these calls; retry in a moment.');
  if (AUTH.has(name) || /credential|sso session|token.*expired|refresh failed/i.test(name))
    return aws('AWS_AUTH', false, authHint(message));
  if (NOT_FOUND.has(name)) return aws('NOT_FOUND');
  if (CONFLICT.has(name)) return aws('CONFLICT');
  if (LIMIT.has(name)) return aws('AWS_LIMIT');
  if (VALIDATION.has(name)) return aws('VALIDATION');
  // An emulator answers calls it lacks with an HTML 404/500/501 page that the SDK cannot parse.
  const notAws = name === 'SyntaxError' && /Deserialization error/.test(message);
  if (UNSUPPORTED.has(name) || status === 501 || (notAws && (status === 404 || status === 500))) {
    const call = operation ?? 'this call';
    return {
      code: 'UNSUPPORTED',
      message: `This endpoint does not implement ${call}.`,
      retryable: false,
      details: {
        // The parse error of an HTML page says nothing useful; a real AWS error name does.
        ...(notAws || !name ? {} : { awsCode: name }),
        ...(operation ? { operation } : {}),
        hint: 'Real AWS supports this call; the connected endpoint (an emulator) does not.',
      },
    };
  }
  if (NETWORK_CODES.has(err.code ?? '') || NETWORK_CODES.has(name) || name === 'TimeoutError') {
    return aws('NETWORK', true, 'Check the network connection and the endpoint URL.');
  }
  if (err.$fault === 'server' || (status !== undefined && status >= 500)) return aws('INTERNAL', true);
  return aws('INTERNAL');
}

function authHint(message: string): string {
  const sso = /aws sso login --profile [^\s"'`]+/i.exec(message);
  // The command often ends a sentence: the full stop is not part of the profile name.
  if (sso) return `Run \`${sso[0].replace(/[.,;:!?)]+$/, '')}\` in a terminal, then retry.`;
  if (/sso/i.test(message))
    return 'The SSO session is missing or expired: run `aws sso login --profile <name>`, then retry.';
  if (/mfa/i.test(message)) return 'Enter a current MFA code when asked.';
  return "Check the profile's credentials (keys, role, SSO session) and that they allow this call.";
}

export function validationError(error: ZodError, message: string): WireError {
  const issues = error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0];
  return {
    code: 'VALIDATION',
    message: first ? `${message}: ${first.path ? `${first.path}: ` : ''}${first.message}` : message,
    retryable: false,
    details: { issues },
  };
}

function isZodError(value: unknown): value is ZodError {
  return (
    typeof value === 'object' && value !== null && (value as { name?: string }).name === 'ZodError' && 'issues' in value
  );
}
