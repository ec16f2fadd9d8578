import { AppError } from '../../../shared/ipc/errors';
import type { IndexSelection } from '../../../shared/model/user-index';
import type { IndexClient } from './index-client';

/**
 * The usernames of every user matching a selection, read from the index a page at a time: at 200k matches the
 * read takes seconds, in the index worker, so main keeps answering the window meanwhile. Refuses more than `max`
 * users rather than holding an unbounded list.
 */
export async function matchingUsernames(
  index: IndexClient,
  selection: IndexSelection,
  signal: AbortSignal,
  max: number,
): Promise<string[]> {
  const names: string[] = [];
  for await (const page of index.matchingKeys(selection)) {
    for (const key of page) names.push(key.username);
    if (names.length > max) {
      throw new AppError(
        'VALIDATION',
        `More than ${max.toLocaleString('en')} users match: narrow the search, or run the action on the whole pool.`,
      );
    }
    signal.throwIfAborted();
  }
  return names;
}
