import type { ScalingRecommendation } from '@vigil/types';
import { formatUsageRatio } from '../../lib/scaling/metric-format';
import { describeDecision } from '../../lib/scaling/scaling-reasons';
import { DataTable } from '../feedback/data-table';

const COLUMNS = [{ label: 'Metric' }, { label: 'Ratio', className: 'numeric' }, { label: 'Asks for', className: 'numeric' }, { label: 'State' }] as const;

/** The HPA's answer: the count, why, and what each metric asked for. */
export function RecommendationResult({ answer }: { answer: ScalingRecommendation }) {
  return (
    <section className="stack-sm" aria-label="Answer" data-testid="scaling-recommendation">
      <dl className="figures">
        <div>
          <dt>Desired replicas</dt>
          <dd>{answer.desiredReplicas}</dd>
        </div>
        <div>
          <dt>Current replicas</dt>
          <dd>{answer.currentReplicas}</dd>
        </div>
        <div>
          <dt>The metrics ask for</dt>
          <dd>{answer.proposedReplicas ?? '—'}</dd>
        </div>
        <div>
          <dt>Deciding metric</dt>
          <dd className="mono">{answer.decidingMetric ?? '—'}</dd>
        </div>
      </dl>
      <p>
        <strong>Why:</strong> {describeDecision(answer.limitedBy, answer.stabilizedBy)} <span className="muted mono">({[answer.stabilizedBy, answer.limitedBy].filter(Boolean).join(', ')})</span>
      </p>
      <DataTable caption="Each metric of the check" columns={COLUMNS}>
        {answer.metrics.map((metric) => (
          <tr key={metric.name}>
            <th scope="row" className="mono">
              {metric.name}
            </th>
            <td className="numeric" data-label="Ratio">
              {formatUsageRatio(metric.ratio)}
            </td>
            <td className="numeric" data-label="Asks for">
              {metric.desiredReplicas ?? '—'}
            </td>
            <td data-label="State">{metric.problem ?? (metric.withinTolerance ? 'within tolerance' : 'outside tolerance')}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
