import { formatDuration, type ScalingSimulation } from '@vigil/types';
import { formatTime } from '../../lib/format/units';
import { SimulationChart } from './simulation-chart';
import { SimulationComparisonTable } from './simulation-comparison-table';

/** What the replay covered, both timelines on one chart, and the figures side by side. */
export function SimulationResult({ simulation }: { simulation: ScalingSimulation }) {
  return (
    <section className="stack-sm" aria-label="Simulation result" data-testid="scaling-simulation">
      <p className="muted hint">
        Replayed <time dateTime={simulation.from}>{formatTime(simulation.from)}</time> to <time dateTime={simulation.to}>{formatTime(simulation.to)}</time>:{' '}
        {simulation.steps} steps of {formatDuration(simulation.stepMs)}, read at {simulation.resolution} resolution.
      </p>
      <SimulationChart simulation={simulation} />
      <SimulationComparisonTable simulation={simulation} />
    </section>
  );
}
