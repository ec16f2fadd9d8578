import {
  CognitoIdentityProviderClient,
  CreateManagedLoginBrandingCommand,
  DeleteManagedLoginBrandingCommand,
  DescribeManagedLoginBrandingByClientCommand,
  ListUserPoolClientsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createDefaultBranding, deleteBranding, listBranding } from '../../../../src/main/services/pool-branding';
import type { AppError } from '../../../../src/shared/ipc/errors';

// moto (5.x) has no managed login branding calls: a mock shaped like the API reference stands in. A client without
// a style answers ResourceNotFoundException, as Cognito does.
const POOL = 'eu-west-1_AbC123xyz';
const STYLE = '8f6a1c2e-0b7d-4e1a-9f3c-2d5e6f7a8b9c';

function fakeCognito() {
  const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
  const mock = mockClient(idp);
  const styles = new Map<string, string>([['web1', STYLE]]);
  mock.on(ListUserPoolClientsCommand).resolves({
    UserPoolClients: [
      { ClientId: 'web1', ClientName: 'web', UserPoolId: POOL },
      { ClientId: 'mobile2', ClientName: 'mobile', UserPoolId: POOL },
    ],
  });
  mock.on(DescribeManagedLoginBrandingByClientCommand).callsFake((input: { ClientId: string }) => {
    const id = styles.get(input.ClientId);
    if (!id) throw new ResourceNotFoundException({ message: 'No branding', $metadata: {} });
    return {
      ManagedLoginBranding: {
        ManagedLoginBrandingId: id,
        UserPoolId: POOL,
        UseCognitoProvidedValues: true,
        Settings: {},
        Assets: [],
        CreationDate: new Date('2026-11-01T00:00:00Z'),
        LastModifiedDate: new Date('2026-11-02T00:00:00Z'),
      },
    };
  });
  mock.on(CreateManagedLoginBrandingCommand).callsFake((input: { ClientId: string }) => {
    styles.set(input.ClientId, 'aaaaaaaa-0000-4000-8000-000000000001');
    return { ManagedLoginBranding: { ManagedLoginBrandingId: styles.get(input.ClientId), UserPoolId: POOL } };
  });
  mock.on(DeleteManagedLoginBrandingCommand).callsFake((input: { ManagedLoginBrandingId: string }) => {
    for (const [client, id] of styles) if (id === input.ManagedLoginBrandingId) styles.delete(client);
    return {};
  });
  return { idp, mock };
}

describe('managed login branding', () => {
  it('lists every app client with its style, or none', async () => {
    const { idp } = fakeCognito();
    expect(await listBranding(idp, POOL)).toEqual([
      {
        clientId: 'web1',
        clientName: 'web',
        brandingId: STYLE,
        useCognitoProvidedValues: true,
        lastModifiedAt: '2026-11-02T00:00:00.000Z',
      },
      { clientId: 'mobile2', clientName: 'mobile' },
    ]);
  });

  it("creates a style with Cognito's provided values for a client", async () => {
    const { idp, mock } = fakeCognito();
    const created = await createDefaultBranding(idp, POOL, 'mobile2');
    expect(mock.commandCalls(CreateManagedLoginBrandingCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: 'mobile2',
      UseCognitoProvidedValues: true,
    });
    expect(created).toMatchObject({ clientId: 'mobile2', clientName: 'mobile', useCognitoProvidedValues: true });
    expect(created.brandingId).toBeDefined();
  });

  it('deletes only with the client name typed out and the style still that client’s', async () => {
    const { idp, mock } = fakeCognito();
    const wrongName = await deleteBranding(idp, POOL, 'web1', STYLE, 'mobile').catch((e: unknown) => e);
    expect((wrongName as AppError).code).toBe('VALIDATION');
    const moved = await deleteBranding(idp, POOL, 'web1', 'bbbbbbbb-0000-4000-8000-000000000002', 'web').catch(
      (e: unknown) => e,
    );
    expect((moved as AppError).code).toBe('CONFLICT');
    expect(mock.commandCalls(DeleteManagedLoginBrandingCommand)).toHaveLength(0);
    await deleteBranding(idp, POOL, 'web1', STYLE, 'web');
    expect(mock.commandCalls(DeleteManagedLoginBrandingCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ManagedLoginBrandingId: STYLE,
    });
    expect((await listBranding(idp, POOL)).every((c) => c.brandingId === undefined)).toBe(true);
  });
});
