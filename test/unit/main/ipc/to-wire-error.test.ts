import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ConcurrentModificationException,
  CognitoIdentityProviderServiceException,
  GroupExistsException,
  InternalErrorException,
  InvalidParameterException,
  InvalidPasswordException,
  LimitExceededException,
  ListUserPoolsCommand,
  NotAuthorizedException,
  ResourceNotFoundException,
  TooManyFailedAttemptsException,
  TooManyRequestsException,
  UsernameExistsException,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { ResourceConflictException } from '@aws-sdk/client-cognito-identity';
import * as sesv2 from '@aws-sdk/client-sesv2';
import { ExpiredTokenException } from '@aws-sdk/client-sts';
import { CredentialsProviderError, TokenProviderError } from '@smithy/core/config';
import type { ResponseMetadata } from '@smithy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientCache } from '../../../../src/main/aws/clients';
import { toWireError } from '../../../../src/main/ipc/to-wire-error';
import { AppError, wireErrorSchema } from '../../../../src/shared/ipc/errors';
import type { WireError } from '../../../../src/shared/ipc/errors';
import { profileRefSchema } from '../../../../src/shared/model/profiles';

const meta = (httpStatusCode = 400): ResponseMetadata => ({ httpStatusCode, attempts: 1, totalRetryDelay: 0 });
const opts = (message: string, status = 400) => ({ message, $metadata: meta(status) });

/** Every mapping result must be a valid WireError, whatever went in. */
function map(cause: unknown): WireError {
  return wireErrorSchema.parse(toWireError(cause));
}

describe('toWireError with the SDK exception classes', () => {
  const cases: [string, WireError['code'], boolean, Error][] = [
    [
      'TooManyRequestsException (cognito-idp)',
      'AWS_THROTTLED',
      true,
      new TooManyRequestsException(opts('Rate exceeded')),
    ],
    [
      'TooManyRequestsException (sesv2)',
      'AWS_THROTTLED',
      true,
      new sesv2.TooManyRequestsException(opts('Too many requests')),
    ],
    [
      'ExpiredTokenException (sts)',
      'AWS_AUTH',
      false,
      new ExpiredTokenException(opts('The security token included in the request is expired')),
    ],
    [
      'ResourceNotFoundException',
      'NOT_FOUND',
      false,
      new ResourceNotFoundException(opts('User pool eu-west-1_x does not exist.')),
    ],
    ['UserNotFoundException', 'NOT_FOUND', false, new UserNotFoundException(opts('User does not exist.'))],
    [
      'NotFoundException (sesv2)',
      'NOT_FOUND',
      false,
      new sesv2.NotFoundException(opts('Email identity x does not exist.', 404)),
    ],
    ['UsernameExistsException', 'CONFLICT', false, new UsernameExistsException(opts('User account already exists'))],
    [
      'GroupExistsException',
      'CONFLICT',
      false,
      new GroupExistsException(opts('A group with the name already exists.')),
    ],
    ['ConcurrentModificationException', 'CONFLICT', false, new ConcurrentModificationException(opts('Busy'))],
    ['AlreadyExistsException (sesv2)', 'CONFLICT', false, new sesv2.AlreadyExistsException(opts('Template exists'))],
    ['ConflictException (sesv2)', 'CONFLICT', false, new sesv2.ConflictException(opts('Conflict', 409))],
    [
      'ResourceConflictException (cognito-identity)',
      'CONFLICT',
      false,
      new ResourceConflictException(opts('Conflict')),
    ],
    ['LimitExceededException', 'AWS_LIMIT', false, new LimitExceededException(opts('Limit exceeded'))],
    [
      'TooManyFailedAttemptsException',
      'AWS_LIMIT',
      false,
      new TooManyFailedAttemptsException(opts('Too many failed attempts')),
    ],
    [
      'InvalidParameterException',
      'VALIDATION',
      false,
      new InvalidParameterException(opts('1 validation error detected')),
    ],
    [
      'InvalidPasswordException',
      'VALIDATION',
      false,
      new InvalidPasswordException(opts('Password did not conform with policy')),
    ],
    ['BadRequestException (sesv2)', 'VALIDATION', false, new sesv2.BadRequestException(opts('Bad request'))],
    ['InternalErrorException (5xx)', 'INTERNAL', true, new InternalErrorException(opts('Internal error', 500))],
  ];

  it.each(cases)('%s -> %s', (_label, code, retryable, cause) => {
    const mapped = map(Object.assign(cause, { $operation: 'SomeOperation' }));
    expect(mapped).toMatchObject({
      code,
      retryable,
      message: cause.message,
      details: { awsCode: cause.name, operation: 'SomeOperation' },
    });
  });

  it('hints at waiting when throttled and at the credentials on an auth error', () => {
    expect(map(new TooManyRequestsException(opts('Rate exceeded'))).details?.hint).toMatch(/retry/i);
    expect(map(new ExpiredTokenException(opts('expired'))).details?.hint).toMatch(/credentials/i);
  });

  it('does not call NotAuthorizedException an AWS credentials problem: it is the end user who failed to sign in', () => {
    const mapped = map(new NotAuthorizedException(opts('Incorrect username or password.')));
    expect(mapped.code).not.toBe('AWS_AUTH');
    expect(mapped).toMatchObject({
      message: 'Incorrect username or password.',
      retryable: false,
      details: { awsCode: 'NotAuthorizedException' },
    });
  });

  it.each([
    ['UnrecognizedClientException', 'AWS_AUTH'],
    ['InvalidSignatureException', 'AWS_AUTH'],
    ['AccessDeniedException', 'AWS_AUTH'],
    ['ThrottlingException', 'AWS_THROTTLED'],
    ['UnknownOperationException', 'UNSUPPORTED'],
    ['InvalidAction', 'UNSUPPORTED'],
    ['SomethingNewException', 'INTERNAL'],
  ] as const)('maps the unmodeled error %s (as the SDK builds it) to %s', (name, code) => {
    const cause = new CognitoIdentityProviderServiceException({
      name,
      $fault: 'client',
      $metadata: meta(400),
      message: `${name} happened`,
    });
    expect(map(cause).code).toBe(code);
  });

  it('treats any error the SDK marks as throttling as throttled', () => {
    const cause = Object.assign(
      new CognitoIdentityProviderServiceException({ name: 'Unusual', $fault: 'client', $metadata: meta(429) }),
      {
        $retryable: { throttling: true },
      },
    );
    expect(map(cause)).toMatchObject({ code: 'AWS_THROTTLED', retryable: true });
  });
});

describe('toWireError for credential provider failures', () => {
  it('turns an SSO login message into the exact command', () => {
    const cause = new CredentialsProviderError(
      'Token is expired. To refresh this SSO session run aws sso login --profile work-admin.',
    );
    expect(map(cause)).toMatchObject({
      code: 'AWS_AUTH',
      details: { hint: 'Run `aws sso login --profile work-admin` in a terminal, then retry.' },
    });
  });

  it.each(['"aws sso login --profile dev"', "'aws sso login --profile dev'", '`aws sso login --profile dev`'])(
    'stops the command at the quote in %s',
    (quoted) => {
      const hint = map(new CredentialsProviderError(`SSO token expired: run ${quoted} first`)).details?.hint;
      expect(hint).toBe('Run `aws sso login --profile dev` in a terminal, then retry.');
    },
  );

  it('gives the generic SSO hint when no command is in the message', () => {
    const hint = map(new TokenProviderError('The SSO session token was not found or is invalid.')).details?.hint ?? '';
    expect(hint).toContain('aws sso login --profile <name>');
  });

  it('asks for an MFA code when the message is about MFA', () => {
    expect(
      map(new CredentialsProviderError('Profile x requires multi-factor authentication (MFA)')).details?.hint,
    ).toMatch(/MFA code/);
  });
});

describe('toWireError for our own errors and zod errors', () => {
  it('passes an AppError through unchanged', () => {
    const cause = new AppError('CONFLICT', 'Pool has deletion protection on.', { hint: 'Turn it off first.' }, true);
    expect(toWireError(cause)).toEqual({
      code: 'CONFLICT',
      message: 'Pool has deletion protection on.',
      retryable: true,
      details: { hint: 'Turn it off first.' },
    });
  });

  it('lists the field problems of a ZodError', () => {
    const parsed = profileRefSchema.safeParse({ profile: 'bad name!', region: 'moon-base-1' });
    if (parsed.success) throw new Error('the sample should be invalid');
    const mapped = map(parsed.error);
    expect(mapped.code).toBe('VALIDATION');
    expect(mapped.message).toBe('Invalid input: profile: A profile name holds letters, digits and _ .@+=,:/- only');
    expect(mapped.details?.issues?.map((i) => i.path)).toEqual(['profile', 'region']);
  });

  it('keeps at most 20 issues', () => {
    const parsed = profileRefSchema.array().safeParse(Array.from({ length: 30 }, () => ({ profile: '' })));
    if (parsed.success) throw new Error('the sample should be invalid');
    expect(map(parsed.error).details?.issues).toHaveLength(20);
  });

  it.each([
    ['a string', 'boom'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
  ])('maps a thrown %s to INTERNAL', (_l, thrown) => {
    expect(map(thrown)).toEqual({ code: 'INTERNAL', message: String(thrown), retryable: false });
  });

  it('never sends an empty message', () => {
    expect(map(new Error('')).message).toBe('Error');
  });
});

describe('toWireError for what real SDK calls throw', () => {
  let server: http.Server;
  let endpoint: string;
  const clients = new ClientCache();
  const creds = { accessKeyId: 'AKIATOWIREERRORTEST1', secretAccessKey: 'to-wire-error-test-secret' };

  beforeAll(async () => {
    // An emulator answers an operation it lacks with an HTML page: 404 for GET paths, 500 for everything else here.
    server = http.createServer((req, res) => {
      res.writeHead(req.method === 'GET' ? 404 : 500, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><body><h1>Not Found</h1></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    clients.clear();
    await new Promise((resolve) => server.close(resolve));
  });

  async function thrown(send: () => Promise<unknown>): Promise<unknown> {
    return send().then(
      () => {
        throw new Error('the call should have failed');
      },
      (e: unknown) => e,
    );
  }
  const profile = (name: string, url: string) => ({
    name,
    credentials: () => Promise.resolve(creds),
    endpoint: () => url,
  });

  it('maps an HTML 404 (sesv2 GetAccount) to UNSUPPORTED naming the operation', async () => {
    const ses = clients.get(profile('html', endpoint), 'us-east-1', 'sesv2');
    const mapped = map(await thrown(() => ses.send(new sesv2.GetAccountCommand({}))));
    expect(mapped).toMatchObject({
      code: 'UNSUPPORTED',
      message: 'This endpoint does not implement GetAccount.',
      details: { operation: 'GetAccount' },
    });
  });

  it('maps an HTML 500 (cognito-idp ListUserPools) to UNSUPPORTED naming the operation', async () => {
    const idp = clients.get(profile('html', endpoint), 'us-east-1', 'cognitoIdp');
    const mapped = map(await thrown(() => idp.send(new ListUserPoolsCommand({ MaxResults: 1 }))));
    expect(mapped).toMatchObject({
      code: 'UNSUPPORTED',
      message: 'This endpoint does not implement ListUserPools.',
      details: { operation: 'ListUserPools' },
    });
  });

  it('keeps an HTML 400 as an error of its own, not UNSUPPORTED', () => {
    const cause = Object.assign(
      new SyntaxError("Unexpected token '<'\n  Deserialization error: to see the raw response..."),
      { $metadata: meta(400) },
    );
    expect(map(cause).code).toBe('INTERNAL');
  });

  it('maps 501 Not Implemented to UNSUPPORTED', () => {
    const cause = new CognitoIdentityProviderServiceException({
      name: 'Error',
      $fault: 'server',
      $metadata: meta(501),
      message: '',
    });
    expect(map(Object.assign(cause, { $operation: 'GetCSVHeader' })).message).toBe(
      'This endpoint does not implement GetCSVHeader.',
    );
  });

  it('maps a refused connection to NETWORK, retryable, with the operation', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = http.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const idp = clients.get(profile('closed', `http://127.0.0.1:${closed}`), 'us-east-1', 'cognitoIdp');
    const cause = await thrown(() => idp.send(new ListUserPoolsCommand({ MaxResults: 1 })));
    expect(cause).toMatchObject({ code: 'ECONNREFUSED' });
    expect(map(cause)).toMatchObject({
      code: 'NETWORK',
      retryable: true,
      details: { operation: 'ListUserPools', hint: expect.stringMatching(/endpoint/) as unknown },
    });
  });

  it.each([
    ['ETIMEDOUT', 'Error'],
    ['ENOTFOUND', 'Error'],
    [undefined, 'TimeoutError'],
  ])('maps code %s / name %s to NETWORK', (code, name) => {
    expect(map(Object.assign(new Error('socket trouble'), { code, name })).code).toBe('NETWORK');
  });

  it('maps an aborted call to CANCELLED', async () => {
    const idp = clients.get(profile('html', endpoint), 'us-east-1', 'cognitoIdp');
    const abort = new AbortController();
    abort.abort();
    const cause = await thrown(() =>
      idp.send(new ListUserPoolsCommand({ MaxResults: 1 }), { abortSignal: abort.signal }),
    );
    expect(map(cause)).toEqual({ code: 'CANCELLED', message: 'Cancelled', retryable: false });
  });

  it('never puts the request credentials into the error', async () => {
    const ses = clients.get(profile('html', endpoint), 'us-east-1', 'sesv2');
    const text = JSON.stringify(map(await thrown(() => ses.send(new sesv2.GetAccountCommand({})))));
    expect(text).not.toContain(creds.accessKeyId);
    expect(text).not.toContain(creds.secretAccessKey);
  });
});
