import type { MetricQueryKey } from '../query-keys';
import { useMetricQueries } from './use-metric-queries';

/** One `/metrics/query` call over a named range ending now. */
export function useMetricQuery(key: MetricQueryKey) {
  const [result] = useMetricQueries([key]);
  if (!result) throw new Error('useMetricQueries returned no result for one key');
  return result;
}
