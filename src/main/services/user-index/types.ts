import type { OpenOptions } from './open-db';
import type { UserRow } from '../../../shared/model/users';

export interface UserIndexOptions extends Partial<OpenOptions> {
  /** Above this many trigram matches a query walks the sort order instead of sorting the matches. */
  candidateCap?: number;
  /**
   * Rows a sorted search walks in sort order before it gives up and sorts all its matches: about 30 ms of reading
   * at 1M users, against hundreds of ms to sort tens of thousands of matches, and seconds to walk to matches that
   * cluster late in the order.
   */
  walkBudget?: number;
}

export interface IndexPage {
  rows: UserRow[];
  total: number;
  /** True when `total` only says "at least": more rows may match (ask count() for the exact figure). */
  totalIsLowerBound: boolean;
}

export interface IndexStatus {
  users: number;
  lastCompleteAt?: string;
  file: string;
  bytes: number;
  rebuiltBecause?: string;
}

export interface MatchingKey {
  username: string;
  sub?: string;
}

/** One page of matching keys; `next` is the key to continue after, absent on the last page. */
export interface KeysPage {
  keys: MatchingKey[];
  next?: string;
}
