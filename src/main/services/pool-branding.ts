import type {
  CognitoIdentityProviderClient,
  UserPoolClientDescription,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateManagedLoginBrandingCommand,
  DeleteManagedLoginBrandingCommand,
  DescribeManagedLoginBrandingByClientCommand,
  ListUserPoolClientsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type { ClientBranding } from '../../shared/model/pool-branding';
import { mapLimit } from './map-limit';

async function listClients(idp: CognitoIdentityProviderClient, userPoolId: string) {
  const clients: UserPoolClientDescription[] = [];
  let NextToken: string | undefined;
  do {
    const page = await idp.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken }));
    clients.push(...(page.UserPoolClients ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return clients;
}

const isNotFound = (e: unknown) => (e as { name?: string } | null)?.name === 'ResourceNotFoundException';

async function brandingOf(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  client: { ClientId?: string; ClientName?: string },
): Promise<ClientBranding> {
  const base = { clientId: client.ClientId ?? '', clientName: client.ClientName ?? '' };
  try {
    const { ManagedLoginBranding: b } = await idp.send(
      new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: userPoolId, ClientId: base.clientId }),
    );
    if (!b?.ManagedLoginBrandingId) return base;
    return {
      ...base,
      brandingId: b.ManagedLoginBrandingId,
      ...(b.UseCognitoProvidedValues !== undefined ? { useCognitoProvidedValues: b.UseCognitoProvidedValues } : {}),
      ...(b.LastModifiedDate ? { lastModifiedAt: b.LastModifiedDate.toISOString() } : {}),
    };
  } catch (e) {
    // No style for this client is a normal answer, not an error.
    if (isNotFound(e)) return base;
    throw e;
  }
}

/** Each app client and whether it has a managed login branding style. */
export async function listBranding(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<ClientBranding[]> {
  const clients = await listClients(idp, userPoolId);
  return mapLimit(clients, 4, (c) => brandingOf(idp, userPoolId, c));
}

/** A style with Cognito's provided values (the managed login default look), for a client without one. */
export async function createDefaultBranding(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
): Promise<ClientBranding> {
  await idp.send(
    new CreateManagedLoginBrandingCommand({
      UserPoolId: userPoolId,
      ClientId: clientId,
      UseCognitoProvidedValues: true,
    }),
  );
  const client = (await listClients(idp, userPoolId)).find((c) => c.ClientId === clientId);
  return brandingOf(idp, userPoolId, client ?? { ClientId: clientId });
}

/** Deletes a client's style after checking the typed client name and that the style is still that client's. */
export async function deleteBranding(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  clientId: string,
  brandingId: string,
  confirmName: string,
): Promise<void> {
  const client = (await listClients(idp, userPoolId)).find((c) => c.ClientId === clientId);
  if (!client) throw new AppError('NOT_FOUND', `The app client ${clientId} no longer exists.`);
  if (client.ClientName !== confirmName) {
    throw new AppError(
      'VALIDATION',
      `"${confirmName}" does not match the app client name "${client.ClientName ?? ''}".`,
    );
  }
  const current = await brandingOf(idp, userPoolId, client);
  if (current.brandingId !== brandingId) {
    throw new AppError('CONFLICT', 'The branding style of this app client changed since it was loaded.');
  }
  await idp.send(new DeleteManagedLoginBrandingCommand({ UserPoolId: userPoolId, ManagedLoginBrandingId: brandingId }));
}
