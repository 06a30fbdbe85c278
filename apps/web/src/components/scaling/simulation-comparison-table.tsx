import type { ScalingSimulation } from '@vigil/types';
import { compareRuns, formatDifference, formatFigure, type FigureKind, type RunFigures } from '../../lib/scaling/simulation-comparison';
import { peakReplicas } from '../../lib/scaling/replica-steps';
import { DataTable } from '../feedback/data-table';

type Figure = Exclude<keyof RunFigures, 'metricsAboveTargetSeconds'>;

const FIGURES: readonly { figure: Figure; label: string; kind: FigureKind }[] = [
  { figure: 'scaleEvents', label: 'Scale events', kind: 'count' },
  { figure: 'instanceHours', label: 'Instance-hours', kind: 'hours' },
  { figure: 'peakReplicas', label: 'Most replicas', kind: 'count' },
  { figure: 'aboveTargetSeconds', label: 'Above target', kind: 'seconds' },
];

const aboveLabel = (metric: string) => `${metric} above target`;

/** The two replays' figures side by side, one row per policy, then proposed minus current. */
export function SimulationComparisonTable({ simulation }: { simulation: ScalingSimulation }) {
  const comparison = compareRuns(simulation.current, simulation.proposed);
  const columns = [
    { label: 'Policy' },
    ...FIGURES.map(({ label }) => ({ label, className: 'numeric' })),
    ...comparison.metricNames.map((name) => ({ label: aboveLabel(name), className: 'numeric' })),
  ];
  const rows = [
    { name: 'Current policy', detail: `${simulation.current.minReplicas} to ${simulation.current.maxReplicas} replicas`, figures: comparison.current, isDifference: false },
    { name: 'Proposed policy', detail: `${simulation.proposed.minReplicas} to ${simulation.proposed.maxReplicas} replicas`, figures: comparison.proposed, isDifference: false },
    { name: 'Difference', detail: 'proposed minus current', figures: comparison.difference, isDifference: true },
  ];
  const observedPeak = peakReplicas(simulation.observed.timeline);
  return (
    <DataTable
      caption="Current and proposed policy over the same range"
      columns={columns}
      testId="scaling-simulation-comparison"
      note={
        <>
          Above target: the time at least one metric was above its target at the replayed count; per metric, the time that metric was. Observed:{' '}
          {formatFigure(simulation.observed.instanceHours, 'hours')} instance-hours, at most {formatFigure(observedPeak, 'count')} instances at once.
        </>
      }
    >
      {rows.map(({ name, detail, figures, isDifference }) => {
        const show = (value: number | null, kind: FigureKind) => (isDifference ? formatDifference(value, kind) : formatFigure(value, kind));
        return (
          <tr key={name}>
            <th scope="row">
              {name}
              <span className="component-message">{detail}</span>
            </th>
            {FIGURES.map(({ figure, label, kind }) => (
              <td key={figure} className="numeric" data-label={label}>
                {show(figures[figure], kind)}
              </td>
            ))}
            {comparison.metricNames.map((metric, index) => (
              <td key={metric} className="numeric" data-label={aboveLabel(metric)}>
                {show(figures.metricsAboveTargetSeconds[index] ?? null, 'seconds')}
              </td>
            ))}
          </tr>
        );
      })}
    </DataTable>
  );
}
