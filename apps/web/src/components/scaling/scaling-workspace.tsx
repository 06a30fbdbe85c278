'use client';

import { VIGIL_SERVICE } from '@vigil/types';
import { useState } from 'react';
import { useScalingServices } from '../../lib/hooks/scaling';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { CheckPolicyForm } from './check-policy-form';
import { DecisionLog } from './decision-log';
import { ForecastPanel } from './forecast-panel';
import { LoadBalancerPanel } from './load-balancer-panel';
import { PolicyPanel } from './policy-panel';
import { ReplicaChart } from './replica-chart';
import { ServiceMetrics } from './service-metrics';
import { ServiceTable } from './service-table';
import { SimulationPanel } from './simulation-panel';

/**
 * Every service's counts, then one service in detail (Vigil's own unless another is
 * picked): now, how its requests spread, its policy, the policy replayed over the past,
 * its metrics carried ahead, and its decisions.
 */
export function ScalingWorkspace() {
  const services = useScalingServices();
  const [chosen, setChosen] = useState<string | null>(null);
  const list = services.data ?? [];
  const selected = list.find((status) => status.service === chosen) ?? list.find((status) => status.service === VIGIL_SERVICE) ?? list[0] ?? null;
  return (
    <>
      <Panel title="Services" aside={<Freshness query={services} />}>
        <QueryState
          query={services}
          label="Scaling status"
          isEmpty={(items) => items.length === 0}
          empty={<p className="muted">No service is watched for scaling yet.</p>}
        >
          {(items) => <ServiceTable services={items} selected={selected?.service ?? null} onSelect={setChosen} />}
        </QueryState>
      </Panel>
      {selected && (
        // Keyed by service, so an open policy editor never carries one service's draft to another.
        <div key={selected.service} className="stack">
          <ServiceMetrics status={selected} />
          <ReplicaChart service={selected.service} />
          <LoadBalancerPanel service={selected.service} />
          <PolicyPanel service={selected.service} />
          <SimulationPanel service={selected.service} />
          <ForecastPanel service={selected.service} />
          <DecisionLog service={selected.service} />
        </div>
      )}
      <CheckPolicyForm service={selected} />
    </>
  );
}
