import type { CognitoIdentityProviderClient, UserPoolDescriptionType } from '@aws-sdk/client-cognito-identity-provider';
import {
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  paginateListUserPools,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import type { UserPoolSummary } from '../../shared/model/user-pools';
import { mapLimit } from './map-limit';

/** ListUserPools allows at most 60 a page. */
export const LIST_USER_POOLS_PAGE = 60;
/** DescribeUserPool is UserPoolRead (15 rps): a few at a time keeps a large account under the quota. */
const DESCRIBE_CONCURRENCY = 4;

/** Every pool of the account and region (all pages), with the details only DescribeUserPool gives. */
export async function listUserPools(idp: CognitoIdentityProviderClient): Promise<UserPoolSummary[]> {
  const pools: UserPoolDescriptionType[] = [];
  for await (const page of paginateListUserPools(
    { client: idp, pageSize: LIST_USER_POOLS_PAGE },
    { MaxResults: LIST_USER_POOLS_PAGE },
  )) {
    pools.push(...(page.UserPools ?? []));
  }
  return mapLimit(pools, DESCRIBE_CONCURRENCY, (pool) => describeSummary(idp, pool));
}

async function describeSummary(
  idp: CognitoIdentityProviderClient,
  pool: UserPoolDescriptionType,
): Promise<UserPoolSummary> {
  const base: UserPoolSummary = {
    id: pool.Id ?? '',
    name: pool.Name ?? '',
    status: pool.Status,
    createdAt: pool.CreationDate?.toISOString(),
    lastModifiedAt: pool.LastModifiedDate?.toISOString(),
  };
  try {
    const { UserPool: detail } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: base.id }));
    return {
      ...base,
      estimatedUsers: detail?.EstimatedNumberOfUsers,
      mfa: detail?.MfaConfiguration,
      deletionProtection: detail?.DeletionProtection === 'ACTIVE',
    };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    if (name === 'ThrottlingException' || name === 'TooManyRequestsException') throw error;
    return { ...base, detailError: `${name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) };
  }
}

/** Deletes a pool after checking the typed confirmation and deletion protection, so the user learns why it can't go. */
export async function deleteUserPool(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  confirmName: string,
): Promise<void> {
  const { UserPool: pool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
  if (!pool) throw new AppError('NOT_FOUND', `User pool ${userPoolId} does not exist.`);
  if (pool.Name !== confirmName) {
    throw new AppError(
      'VALIDATION',
      `The confirmation "${confirmName}" does not match the pool name "${pool.Name ?? ''}".`,
    );
  }
  if (pool.DeletionProtection === 'ACTIVE') {
    throw new AppError('CONFLICT', `User pool ${pool.Name ?? userPoolId} has deletion protection on.`, {
      hint: "Turn deletion protection off in the pool's settings first.",
    });
  }
  await idp.send(new DeleteUserPoolCommand({ UserPoolId: userPoolId }));
}
