import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createAppClient,
  deleteAppClient,
  describeAppClient,
  listAppClients,
  previewClientUpdate,
  revealClientSecret,
  safeUpdateClient,
} from '../../src/main/services/pool-clients';
import type { AppError } from '../../src/shared/ipc/errors';
import type { ClientCreate } from '../../src/shared/model/pool-clients';
import { clientEditSchema } from '../../src/shared/model/pool-clients';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'eu-south-1';

const WEB: ClientCreate = {
  ClientName: 'web-app',
  GenerateSecret: true,
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  CallbackURLs: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
  LogoutURLs: ['https://app.example.com/'],
  AllowedOAuthFlows: ['code'],
  AllowedOAuthScopes: ['openid', 'email'],
  AllowedOAuthFlowsUserPoolClient: true,
  SupportedIdentityProviders: ['COGNITO'],
  AccessTokenValidity: 30,
  IdTokenValidity: 30,
  RefreshTokenValidity: 7,
  TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
  PreventUserExistenceErrors: 'ENABLED',
  EnableTokenRevocation: true,
};

describe('app clients against moto', () => {
  const idp = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: inject('motoEndpoint'),
    credentials: { accessKeyId: 'AKIAPOOLCLIENTSTEST1', secretAccessKey: 'pool-clients-test' },
  });
  /** The UpdateUserPoolClient inputs this client sent, as the SDK serialized them. */
  const sent: Record<string, unknown>[] = [];
  idp.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === UpdateUserPoolClientCommand.name) sent.push({ ...args.input });
      return next(args);
    },
    { step: 'initialize', name: 'recordUpdates' },
  );
  let poolId: string;
  let clientId: string;

  beforeAll(async () => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: `pool-clients-${Date.now()}` }));
    poolId = UserPool?.Id ?? '';
    clientId = (await createAppClient(idp, poolId, WEB)).clientId;
  });
  afterAll(() => idp.destroy());

  it('creates a client with every setting and reads it back, without the secret', async () => {
    const config = await describeAppClient(idp, poolId, clientId);
    const { ClientName, GenerateSecret, ...settings } = WEB;
    expect(GenerateSecret).toBe(true);
    expect(config).toMatchObject({ name: ClientName, hasSecret: true, settings });
    expect(JSON.stringify(config)).not.toContain((await revealClientSecret(idp, poolId, clientId)) ?? 'no secret');
    expect(await revealClientSecret(idp, poolId, clientId)).toMatch(/^[\w-]{20,}$/);
    const list = await listAppClients(idp, poolId);
    expect(list).toEqual([
      expect.objectContaining({ clientId, name: 'web-app', hasSecret: true, callbackUrls: WEB.CallbackURLs }),
    ]);
  });

  it('a single-field edit sends the whole client back and changes only that field', async () => {
    const before = await describeAppClient(idp, poolId, clientId);
    const preview = await previewClientUpdate(idp, poolId, clientId, { AccessTokenValidity: 60 }, before.version);
    expect(preview.changes).toEqual([
      { path: 'AccessTokenValidity', label: 'Access token validity (minutes)', before: 30, after: 60 },
    ]);
    const result = await safeUpdateClient(idp, poolId, clientId, { AccessTokenValidity: 60 }, before.version);
    expect(result.changes).toEqual(preview.changes);
    // UpdateUserPoolClient resets what it is not sent (moto merges instead, so the request itself is the proof).
    const request = sent.at(-1);
    expect(request).toMatchObject({ ...before.settings, AccessTokenValidity: 60, ClientName: 'web-app' });
    expect(request).not.toHaveProperty('ClientSecret');
  });

  it('refuses a stale version with CONFLICT', async () => {
    const loaded = await describeAppClient(idp, poolId, clientId);
    await safeUpdateClient(idp, poolId, clientId, { LogoutURLs: ['https://app.example.com/bye'] });
    const stale = await safeUpdateClient(idp, poolId, clientId, { IdTokenValidity: 45 }, loaded.version).catch(
      (e: unknown) => e as AppError,
    );
    expect(stale).toMatchObject({ code: 'CONFLICT' });
  });

  it('deletes only when the typed name matches', async () => {
    const spare = await createAppClient(idp, poolId, { ClientName: 'spare' });
    const wrong = await deleteAppClient(idp, poolId, spare.clientId, 'web-app').catch((e: unknown) => e as AppError);
    expect(wrong).toMatchObject({ code: 'VALIDATION' });
    await deleteAppClient(idp, poolId, spare.clientId, 'spare');
    expect((await listAppClients(idp, poolId)).map((c) => c.name)).toEqual(['web-app']);
  });

  it('checks token validity on the merged client, in the unit the client already has', async () => {
    // The client keeps access tokens in minutes; an edit giving only an amount is read in that unit.
    const mins = await createAppClient(idp, poolId, {
      ClientName: 'minutes-client',
      AccessTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes' },
    });
    const count = sent.length;
    // 2 minutes is below the 5-minute floor; read as hours it would pass, so only the merged check can see it.
    expect(clientEditSchema.safeParse({ AccessTokenValidity: 2 }).success).toBe(true);
    const tooShort = await safeUpdateClient(idp, poolId, mins.clientId, { AccessTokenValidity: 2 }).catch(
      (e: unknown) => e as AppError,
    );
    expect(tooShort).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^Access token validity must be 5 minutes to 1 day/) as unknown,
    });
    // Switching the unit alone to days makes the stored 60 mean 60 days: refused too, by preview and update.
    const days = { TokenValidityUnits: { AccessToken: 'days' as const } };
    await expect(previewClientUpdate(idp, poolId, mins.clientId, days)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(safeUpdateClient(idp, poolId, mins.clientId, days)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(sent.length).toBe(count);

    // 300 minutes (5 hours) is fine, though 300 hours would not be: the boundary no longer guesses the unit.
    const ok = await safeUpdateClient(idp, poolId, mins.clientId, { AccessTokenValidity: 300 });
    expect(ok.config.settings).toMatchObject({
      AccessTokenValidity: 300,
      TokenValidityUnits: { AccessToken: 'minutes' },
    });
    expect(sent.length).toBe(count + 1);
  });
});
