import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { AppError } from '../../../shared/ipc/errors';
import type { IndexSelection } from '../../../shared/model/user-index';
import type { UserIndex } from './user-index';

/**
 * The usernames of every user matching a selection, read from the index a page at a time with a turn of the
 * event loop between pages: at 200k matches the read takes seconds, and main must keep answering the window
 * meanwhile (node:sqlite is synchronous). Refuses more than `max` users rather than holding an unbounded list.
 */
export async function matchingUsernames(
  index: UserIndex,
  selection: IndexSelection,
  signal: AbortSignal,
  max: number,
): Promise<string[]> {
  const names: string[] = [];
  for (const page of index.matchingKeys(selection)) {
    for (const key of page) names.push(key.username);
    if (names.length > max) {
      throw new AppError(
        'VALIDATION',
        `More than ${max.toLocaleString('en')} users match: narrow the search, or run the action on the whole pool.`,
      );
    }
    signal.throwIfAborted();
    await yieldToLoop();
  }
  return names;
}
