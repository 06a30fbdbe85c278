'use client';

import { useScalingPolicy, useScalingSimulation } from '../../lib/hooks/scaling';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { SimulationForm } from './simulation-form';
import { SimulationResult } from './simulation-result';

/** The what-if replay: the stored history of a service with its stored policy and a proposed one. */
export function SimulationPanel({ service }: { service: string }) {
  const policy = useScalingPolicy(service);
  const simulate = useScalingSimulation();
  return (
    <Panel title="What-if simulation">
      <div className="stack-sm">
        <p className="muted hint">
          Replays the stored metrics of {service} through the HPA algorithm twice, as if each policy had applied every decision it made. Averages
          such as CPU, memory and requests in flight are spread over the replayed count, as the HPA assumes; percentiles and error rates are replayed
          as observed. Nothing is stored or applied.
        </p>
        <QueryState query={policy} label="Scaling policy">
          {(stored) => <SimulationForm policy={stored} isPending={simulate.isPending} failure={simulate.error} onSimulate={(input) => simulate.mutate(input)} />}
        </QueryState>
        <div aria-live="polite">{simulate.data && <SimulationResult simulation={simulate.data} />}</div>
      </div>
    </Panel>
  );
}
