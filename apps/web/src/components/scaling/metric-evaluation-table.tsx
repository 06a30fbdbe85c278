import type { ScalingMetricEvaluation, ScalingServiceStatus, ServiceScalingMetric } from '@vigil/types';
import { describeBand, describeTarget, formatMetricValue, formatUsageRatio, thresholdsOf, unitOfSource } from '../../lib/scaling/metric-format';
import { describeSource } from '../../lib/scaling/policy-text';
import { DataTable } from '../feedback/data-table';

const COLUMNS = [
  { label: 'Metric' },
  { label: 'Value', className: 'numeric' },
  { label: 'Target', className: 'numeric' },
  { label: 'Ratio', className: 'numeric' },
  { label: 'Asks for', className: 'numeric' },
  { label: 'Thresholds' },
] as const;

function instancesText({ ready, missing, notReady }: ScalingMetricEvaluation['instances']): string {
  const parts = [`${ready} ready`, ...(missing > 0 ? [`${missing} without a value`] : []), ...(notReady > 0 ? [`${notReady} not ready`] : [])];
  return `instances: ${parts.join(', ')}`;
}

interface MetricEvaluationTableProps {
  status: ScalingServiceStatus;
  /** The policy's metrics, for their sources and units; until it loads, values show as bare numbers. */
  policyMetrics: readonly ServiceScalingMetric[];
}

/** Each metric against its target: what it reads, what it asks for, and where the HPA starts to act. */
export function MetricEvaluationTable({ status, policyMetrics }: MetricEvaluationTableProps) {
  const sources = new Map(policyMetrics.map((metric) => [metric.name, metric.source]));
  return (
    <DataTable
      caption={`Metrics of ${status.service} against their targets`}
      columns={COLUMNS}
      testId="scaling-metrics"
      note="Ratio is the value over its target. Outside the band a metric asks for ⌈ratio × ready instances⌉ replicas; inside it, for the count there is."
    >
      {status.metrics.map((metric) => {
        const source = sources.get(metric.name);
        const unit = source ? unitOfSource(source) : 'plain';
        const thresholds = thresholdsOf(metric);
        return (
          <tr key={metric.name}>
            <th scope="row">
              <span className="mono">{metric.name}</span>
              {metric.name === status.decidingMetric && <span className="tag">deciding</span>}
              {metric.withinTolerance && <span className="tag">within tolerance</span>}
              {source && <span className="component-message mono">{describeSource(source)}</span>}
              <span className="component-message">{instancesText(metric.instances)}</span>
              {metric.problem && <span className="component-message form-problem">{metric.problem}</span>}
            </th>
            <td className="numeric" data-label="Value">{formatMetricValue(metric.current, unit)}</td>
            <td className="numeric" data-label="Target">{formatMetricValue(metric.target, unit)}</td>
            <td className="numeric" data-label="Ratio">
              {formatUsageRatio(metric.ratio)}
              {metric.adjustedRatio !== null && <span className="component-message">adjusted {formatUsageRatio(metric.adjustedRatio)}</span>}
            </td>
            <td className="numeric" data-label="Asks for">{metric.desiredReplicas ?? '—'}</td>
            <td data-label="Thresholds">
              {describeBand(thresholds, unit)}
              <span className="component-message">{describeTarget(thresholds, unit)}</span>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
