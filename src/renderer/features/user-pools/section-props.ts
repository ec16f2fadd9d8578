import type { PoolConfig } from '../../../shared/model/pool-config';
import type { PoolRef } from '../../stores/pool-config';

/** What every section of the pool editor gets. */
export interface SectionProps {
  poolRef: PoolRef;
  config: PoolConfig;
  readOnly: boolean;
}
