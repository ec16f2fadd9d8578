import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';

/** What the AWS CLI and the open-source backup tools do: one ListUsers page at a time, Limit 60. */
export async function sequentialReference(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<number> {
  let count = 0;
  let token: string | undefined;
  do {
    const page = await idp.send(new ListUsersCommand({ UserPoolId: userPoolId, Limit: 60, PaginationToken: token }));
    count += page.Users?.length ?? 0;
    token = page.PaginationToken;
  } while (token);
  return count;
}

/**
 * The ideal 16-way partitioned scan: `sub ^= "0"`..`"f"` paged concurrently, calls spaced exactly 1/30 s apart by
 * one shared pacer, nothing written, no retries. Our export is compared with this in the same run.
 */
export async function idealPartitionedReference(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  rps = 30,
): Promise<number> {
  let next = performance.now();
  const pace = async (): Promise<void> => {
    const at = Math.max(next, performance.now());
    next = at + 1000 / rps;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  };
  const counts = await Promise.all(
    [...'0123456789abcdef'].map(async (hex) => {
      let count = 0;
      let token: string | undefined;
      do {
        await pace();
        const page = await idp.send(
          new ListUsersCommand({
            UserPoolId: userPoolId,
            Limit: 60,
            Filter: `sub ^= "${hex}"`,
            PaginationToken: token,
          }),
        );
        count += page.Users?.length ?? 0;
        token = page.PaginationToken;
      } while (token);
      return count;
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}
