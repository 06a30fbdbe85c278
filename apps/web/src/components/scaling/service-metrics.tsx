'use client';

import type { ScalingServiceStatus } from '@vigil/types';
import { formatTime } from '../../lib/format/units';
import { useScalingPolicy } from '../../lib/hooks/scaling';
import { Panel } from '../feedback/panel';
import { Skeleton } from '../feedback/skeleton';
import { MetricEvaluationTable } from './metric-evaluation-table';

/** The selected service's metrics as the autoscaler last evaluated them. */
export function ServiceMetrics({ status }: { status: ScalingServiceStatus }) {
  // The status names each metric only; its source (and so its unit) is in the policy.
  const policy = useScalingPolicy(status.service);
  return (
    <Panel
      title={`Metrics of ${status.service}`}
      aside={
        <span className="muted hint">
          Evaluated <time dateTime={status.at}>{formatTime(status.at)}</time>
        </span>
      }
    >
      {status.metrics.length === 0 ? (
        <p className="muted">The policy of {status.service} has no metric.</p>
      ) : policy.isPending ? (
        // A moment's wait, rather than 0.81 turning into 81% once the units are known.
        <div aria-busy="true">
          <Skeleton height="6rem" />
        </div>
      ) : (
        <MetricEvaluationTable status={status} policyMetrics={policy.data?.metrics ?? []} />
      )}
    </Panel>
  );
}
