import type { PoolRef } from '../../shared/model/users';

/** One pool of one profile and region: the key every per-pool store entry is kept under. */
export const poolKey = (ref: PoolRef): string => `${ref.profile}\u0000${ref.region}\u0000${ref.userPoolId}`;
