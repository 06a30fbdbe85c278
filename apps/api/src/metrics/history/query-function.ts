import type { MetricQueryFunction } from '@vigil/types';
import type { RollupRow } from './rollup-calculator.js';

/** The value a query function takes from one step's aggregate; null leaves a gap. */
export function valueOf(fn: MetricQueryFunction, row: RollupRow, stepMs: number): number | null {
  switch (fn) {
    case 'avg':
      return row.count > 0 ? row.sum / row.count : null;
    case 'min':
      return row.min;
    case 'max':
      return row.max;
    case 'sum':
      return row.sum;
    case 'count':
      return row.count;
    case 'last':
      return row.last;
    case 'increase':
      return row.increase;
    case 'rate':
      return row.increase === null ? null : row.increase / (stepMs / 1_000);
    case 'p50':
      return row.p50;
    case 'p95':
      return row.p95;
    case 'p99':
      return row.p99;
  }
}
