import type {
  CognitoIdentityProviderClient,
  CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type { PoolCreate, PoolCreateExtras, PoolCreateResult } from '../../shared/model/pool-create';
import { toWireError } from '../ipc/to-wire-error';
import { createAppClient } from './pool-clients';
import { createPrefixDomain } from './pool-domain';

/**
 * Creates a pool. The input was validated against the documented limits at the IPC boundary; null trigger values
 * (the editor's "removed") are dropped, since a new pool has nothing to remove.
 */
export async function createUserPool(
  idp: CognitoIdentityProviderClient,
  input: PoolCreate,
): Promise<{ userPoolId: string }> {
  const { LambdaConfig, ...rest } = input;
  const triggers = Object.fromEntries(Object.entries(LambdaConfig ?? {}).filter(([, arn]) => arn !== null));
  const request: CreateUserPoolCommandInput = {
    ...rest,
    ...(Object.keys(triggers).length > 0 ? { LambdaConfig: triggers } : {}),
  };
  const { UserPool } = await idp.send(new CreateUserPoolCommand(request));
  if (!UserPool?.Id) throw new AppError('INTERNAL', 'CreateUserPool returned no pool id.');
  return { userPoolId: UserPool.Id };
}

/**
 * The pool, then what can only follow it: an initial app client and a Cognito prefix domain. A failure there is
 * reported in the result and leaves the created pool in place (the user fixes it in the editor, nothing is lost).
 */
export async function createUserPoolWithExtras(
  idp: CognitoIdentityProviderClient,
  input: PoolCreate,
  extras: PoolCreateExtras,
): Promise<PoolCreateResult> {
  const { userPoolId } = await createUserPool(idp, input);
  const followUps: PoolCreateResult['followUps'] = [];
  const attempt = async (step: 'client' | 'domain', work: () => Promise<unknown>) => {
    try {
      await work();
      followUps.push({ step, ok: true });
    } catch (e) {
      followUps.push({ step, ok: false, error: toWireError(e) });
    }
  };
  const { initialClient, domainPrefix } = extras;
  if (initialClient) await attempt('client', () => createAppClient(idp, userPoolId, initialClient));
  if (domainPrefix) await attempt('domain', () => createPrefixDomain(idp, userPoolId, domainPrefix));
  return { userPoolId, followUps };
}
