import type {
  CognitoIdentityProviderClient,
  CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type { PoolCreate } from '../../shared/model/pool-create';

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
