export { dropIndex, indexPath } from './index-file';
export type { IndexFilter, IndexQuery, IndexSort } from './query-schema';
export { indexQuerySchema } from './query-schema';
export type { PartitionProgress, ScanState } from './scan-progress';
export type { IndexPage, IndexStatus, KeysPage, MatchingKey, UserIndexOptions } from './types';
export { userKey } from './row';
export { UserIndex } from './user-index';
