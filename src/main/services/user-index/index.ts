export { dropIndex, indexPath } from './index-file';
export type { IndexFilter, IndexQuery, IndexSort } from './query-schema';
export { indexQuerySchema } from './query-schema';
export type { PartitionProgress, ScanState } from './scan-progress';
export type { IndexPage, IndexStatus, MatchingKey, UserIndexOptions } from './types';
export { UserIndex, userKey } from './user-index';
