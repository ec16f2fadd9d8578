/** The query schema lives in shared/model so the renderer can build queries with its types. */
export type { IndexFilter, IndexQuery, IndexSort, ParsedIndexQuery } from '../../../shared/model/user-index';
export {
  FILTER_OPS,
  indexFieldSchema,
  indexFilterSchema,
  indexQuerySchema,
  indexSortSchema,
} from '../../../shared/model/user-index';
