import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedProfile } from '../../../../src/main/aws/clients';
import { ClientCache } from '../../../../src/main/aws/clients';

// A local endpoint that fails every call with a retryable 500, so the attempts the SDK makes can be counted.
describe('ClientCache retry layers by purpose', () => {
  let server: Server;
  let calls = 0;
  let profile: ResolvedProfile;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      calls++;
      res.writeHead(500, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': 'InternalErrorException',
      });
      res.end(JSON.stringify({ __type: 'InternalErrorException', message: 'try again' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = {
      name: 'retry-test',
      credentials: () => Promise.resolve({ accessKeyId: 'AKIARETRYTEST0000001', secretAccessKey: 'retry-test' }),
      endpoint: () => endpoint,
    };
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const attempts = async (purpose: 'ui' | 'job'): Promise<number> => {
    const cache = new ClientCache();
    const idp = cache.get(profile, 'eu-west-1', 'cognitoIdp', { purpose });
    calls = 0;
    await expect(idp.send(new ListUserPoolsCommand({ MaxResults: 1 }))).rejects.toThrow(/try again/);
    cache.clear();
    return calls;
  };

  it('job clients leave retries to the job (2 attempts), UI clients keep the adaptive 5', async () => {
    expect(await attempts('job')).toBe(2);
    expect(await attempts('ui')).toBe(5);
  }, 20_000);

  it('caches job and UI clients separately, and forget() drops both', () => {
    const cache = new ClientCache();
    const ui = cache.get(profile, 'eu-west-1', 'cognitoIdp');
    const job = cache.get(profile, 'eu-west-1', 'cognitoIdp', { purpose: 'job' });
    expect(job).not.toBe(ui);
    expect(cache.get(profile, 'eu-west-1', 'cognitoIdp', { purpose: 'job' })).toBe(job);
    expect(cache.clientsFor(profile, 'eu-west-1').cognitoIdp).toBe(ui);
    expect(cache.clientsFor(profile, 'eu-west-1', { purpose: 'job' }).cognitoIdp).toBe(job);
    cache.forget('retry-test');
    expect(cache.get(profile, 'eu-west-1', 'cognitoIdp')).not.toBe(ui);
    cache.clear();
  });
});
