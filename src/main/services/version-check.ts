import { AppError } from '../../shared/ipc/errors';
import type { PoolVersion } from '../../shared/model/pool-config';

/**
 * Refuses to go on when the thing is not the one the user looked at (its LastModifiedDate or the fingerprint of
 * its settings moved), so the diff they confirmed is the diff applied.
 */
export function assertUnchanged(current: PoolVersion, expected: PoolVersion | undefined, what: string): void {
  if (!expected) return;
  const moved =
    (expected.lastModifiedAt !== undefined && expected.lastModifiedAt !== current.lastModifiedAt) ||
    expected.fingerprint !== current.fingerprint;
  if (moved) {
    throw new AppError('CONFLICT', `${what} was changed by someone else since it was loaded.`, {
      hint: 'Review the recomputed changes and save again.',
    });
  }
}
