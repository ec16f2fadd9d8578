import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { BulkAction } from '../../shared/model/jobs';
import type { UserFilter } from '../../shared/model/users';
import { sequentialScan } from '../services/export/scan';
import { filterString } from '../services/users';
import { addToGroup, removeFromGroup, setAttribute, userAction } from '../services/users-lifecycle';
import type { QuotaCategory, Throttle } from './limits';
import { runItems } from './run-items';
import type { RetryOptions } from './retry';
import type { JobInit } from './runner';

export interface BulkJobInput {
  idp: CognitoIdentityProviderClient;
  throttle: Throttle;
  profile: string;
  region: string;
  userPoolId: string;
  action: BulkAction;
  /** The selection; without it, every user matching `filter` (or every user of the pool). */
  usernames?: string[];
  filter?: UserFilter;
  groupName?: string;
  attributeName?: string;
  attributeValue?: string;
  concurrency?: number;
  retry?: RetryOptions;
  /** Told of each user the action succeeded on (the pool's local index takes the change); flushed at the end. */
  changes?: { changed: (username: string) => void; flush: () => Promise<void> };
}

export const BULK_CATEGORY: Record<BulkAction, QuotaCategory> = {
  'add-to-group': 'UserUpdate',
  'remove-from-group': 'UserUpdate',
  enable: 'UserUpdate',
  disable: 'UserUpdate',
  'global-sign-out': 'UserUpdate',
  'reset-password': 'UserAccountRecovery',
  'set-attribute': 'UserUpdate',
  delete: 'UserUpdate',
};

/** A bulk change as a job: one call per user at the action's quota rate; retry-failures reruns only the failed. */
export function bulkJob(input: BulkJobInput): JobInit {
  const { idp, userPoolId } = input;
  const act = (username: string, signal: AbortSignal): Promise<void> => {
    switch (input.action) {
      case 'add-to-group':
        return addToGroup(idp, userPoolId, username, input.groupName ?? '', signal);
      case 'remove-from-group':
        return removeFromGroup(idp, userPoolId, username, input.groupName ?? '', signal);
      case 'set-attribute':
        return setAttribute(idp, userPoolId, username, input.attributeName ?? '', input.attributeValue ?? '', signal);
      default:
        return userAction(idp, userPoolId, username, input.action, signal);
    }
  };
  const call = async (username: string, signal: AbortSignal): Promise<void> => {
    await act(username, signal);
    input.changes?.changed(username);
  };
  const target = input.usernames ? `${input.usernames.length.toLocaleString('en')} users` : 'matching users';
  return {
    kind: 'bulk',
    profile: input.profile,
    region: input.region,
    userPoolId,
    operation: input.action,
    label: `${input.action}${input.groupName ? ` ${input.groupName}` : ''} · ${target}`,
    ...(input.usernames ? { total: input.usernames.length } : {}),
    async run(job) {
      const items = input.usernames ?? (await matchingUsernames(input, job.signal));
      try {
        await runItems(job, items, call, {
          category: BULK_CATEGORY[input.action],
          throttle: input.throttle,
          concurrency: input.concurrency,
          retry: input.retry,
        });
      } finally {
        await input.changes?.flush();
      }
    },
    retry: (usernames) => bulkJob({ ...input, usernames, filter: undefined }),
  };
}

/**
 * The whole target first: changing users while paging over them would move the pages under the scan. The export's
 * scan retries each page itself, since a job's client leaves retrying to the job (see ClientPurpose).
 */
async function matchingUsernames(input: BulkJobInput, signal: AbortSignal): Promise<string[]> {
  const names: string[] = [];
  const scan = { idp: input.idp, userPoolId: input.userPoolId, throttle: input.throttle, signal };
  const filter = input.filter ? filterString(input.filter) : undefined;
  await sequentialScan(
    scan,
    (users) => {
      for (const user of users) if (user.Username) names.push(user.Username);
      return Promise.resolve();
    },
    filter,
  );
  return names;
}
