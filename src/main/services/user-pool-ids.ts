import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { paginateListUserPools } from '@aws-sdk/client-cognito-identity-provider';
import { LIST_USER_POOLS_PAGE } from './user-pools';

/** The ids of every user pool in the client's region (ListUserPools only, no describe calls). */
export async function listUserPoolIds(idp: CognitoIdentityProviderClient): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const page of paginateListUserPools(
    { client: idp, pageSize: LIST_USER_POOLS_PAGE },
    { MaxResults: LIST_USER_POOLS_PAGE },
  )) {
    for (const pool of page.UserPools ?? []) if (pool.Id) ids.add(pool.Id);
  }
  return ids;
}
