import { randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  CreateUserPoolCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { GetAccountCommand, ListEmailIdentitiesCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ClientCache } from '../../src/main/aws/clients';
import type { MotoServer } from '../../src/main/sandbox/moto-process';
import { sesLocalAnswers, withSesRouter } from '../../src/main/sandbox/ses-router';
import { getSesAccount } from '../../src/main/services/ses';

describe('the Local sandbox router: SES calls moto lacks go to aws-ses-v2-local, the rest to moto', () => {
  const motoEndpoint = inject('motoEndpoint');
  let router: MotoServer;
  let motoStopped = false;
  const cache = new ClientCache();

  beforeAll(async () => {
    // The shared moto of the integration run stays up: the router's stop only records that it would stop it.
    router = await withSesRouter({
      endpoint: motoEndpoint,
      stop: () => {
        motoStopped = true;
        return Promise.resolve();
      },
    });
  });
  afterAll(async () => {
    cache.clear();
    await router.stop();
  });

  function clients() {
    return cache.clientsFor(
      {
        name: `router-${router.endpoint}`,
        credentials: () => Promise.resolve({ accessKeyId: 'AKIATEST', secretAccessKey: 'x' }),
        endpoint: () => router.endpoint,
      },
      'eu-west-1',
    );
  }

  it('answers GetAccount from aws-ses-v2-local as a new account in the SES sandbox', async () => {
    const raw = await clients().sesv2.send(new GetAccountCommand({}));
    expect(raw.Details).toBeUndefined();
    expect(await getSesAccount(clients().sesv2)).toMatchObject({
      productionAccessEnabled: false,
      sendingEnabled: true,
      enforcementStatus: 'HEALTHY',
      max24HourSend: 200,
      maxSendRate: 1,
      sentLast24Hours: 0,
      reviewStatus: undefined,
    });
  });

  it('passes cognito-idp and the other sesv2 calls to moto unchanged', async () => {
    const { cognitoIdp, sesv2 } = clients();
    const pool = await cognitoIdp.send(new CreateUserPoolCommand({ PoolName: `router-${randomUUID().slice(0, 8)}` }));
    const UserPoolId = pool.UserPool?.Id ?? '';
    await cognitoIdp.send(new AdminCreateUserCommand({ UserPoolId, Username: 'ada', MessageAction: 'SUPPRESS' }));
    const users = await cognitoIdp.send(new ListUsersCommand({ UserPoolId }));
    expect(users.Users?.map((u) => u.Username)).toEqual(['ada']);
    await expect(sesv2.send(new ListEmailIdentitiesCommand({}))).resolves.toMatchObject({ $metadata: {} });
    const data = await fetch(`${router.endpoint}/moto-api/data.json`);
    expect(data.ok).toBe(true);
  });

  it('routes by method and path only', () => {
    expect(sesLocalAnswers('GET', '/v2/email/account')).toBe(true);
    expect(sesLocalAnswers('PUT', '/v2/email/account/details')).toBe(false);
    expect(sesLocalAnswers('GET', '/v2/email/templates?PageSize=10')).toBe(true);
    expect(sesLocalAnswers('POST', '/v2/email/templates/welcome/render')).toBe(true);
    expect(sesLocalAnswers('POST', '/v2/email/outbound-emails')).toBe(true);
    expect(sesLocalAnswers('GET', '/v2/email/identities')).toBe(false);
    expect(sesLocalAnswers('POST', '/')).toBe(false);
    expect(sesLocalAnswers('GET', '/moto-api/data.json')).toBe(false);
  });

  it('stops the router and aws-ses-v2-local with the sandbox, and moto with them', async () => {
    const second = await withSesRouter({
      endpoint: motoEndpoint,
      stop: () => {
        motoStopped = true;
        return Promise.resolve();
      },
    });
    expect((await fetch(`${second.endpoint}/ses-local/health-check`)).status).toBe(200);
    await second.stop();
    expect(motoStopped).toBe(true);
    await expect(fetch(`${second.endpoint}/moto-api/data.json`)).rejects.toThrow();
  });
});
