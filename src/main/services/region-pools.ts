import type { CognitoIdentityProviderClient, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeUserPoolCommand, paginateListUserPools } from '@aws-sdk/client-cognito-identity-provider';
import { mapLimit } from './map-limit';
import { LIST_USER_POOLS_PAGE } from './user-pools';

/** DescribeUserPool is UserPoolRead (15 rps): a few at a time. */
const DESCRIBE_CONCURRENCY = 4;

/** Every pool of the region, described (EmailConfiguration, EstimatedNumberOfUsers); a pool that vanished is skipped. */
export async function describeRegionPools(idp: CognitoIdentityProviderClient): Promise<UserPoolType[]> {
  const ids: string[] = [];
  for await (const page of paginateListUserPools(
    { client: idp, pageSize: LIST_USER_POOLS_PAGE },
    { MaxResults: LIST_USER_POOLS_PAGE },
  )) {
    ids.push(...(page.UserPools ?? []).map((p) => p.Id ?? '').filter(Boolean));
  }
  const pools = await mapLimit(ids, DESCRIBE_CONCURRENCY, async (id) => {
    try {
      return (await idp.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    } catch (error) {
      if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  });
  return pools.filter((p): p is UserPoolType => p !== undefined);
}
