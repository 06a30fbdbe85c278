'use client';

import { useId, useState } from 'react';
import { useLoadBalancer } from '../../lib/hooks/scaling';
import { DEFAULT_LOAD_BALANCER_WINDOW, isLoadBalancerWindow, LOAD_BALANCER_WINDOWS, WINDOW_LABELS, type LoadBalancerWindow } from '../../lib/scaling/load-balance-text';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { LoadBalancerTable } from './load-balancer-table';

function WindowPicker({ value, onChange }: { value: LoadBalancerWindow; onChange: (value: LoadBalancerWindow) => void }) {
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>Window</label>
      <select
        id={id}
        className="input input-compact"
        value={value}
        onChange={(event) => {
          if (isLoadBalancerWindow(event.target.value)) onChange(event.target.value);
        }}
      >
        {LOAD_BALANCER_WINDOWS.map((option) => (
          <option key={option} value={option}>
            {WINDOW_LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** How the service's requests spread over its instances within a chosen window. */
export function LoadBalancerPanel({ service }: { service: string }) {
  const [requestWindow, setRequestWindow] = useState<LoadBalancerWindow>(DEFAULT_LOAD_BALANCER_WINDOW);
  const view = useLoadBalancer({ service, window: requestWindow });
  return (
    <Panel
      title="Load balancing"
      aside={
        <>
          <WindowPicker value={requestWindow} onChange={setRequestWindow} />
          <Freshness query={view} />
        </>
      }
    >
      <QueryState
        query={view}
        label="Load balancing"
        isEmpty={(answer) => answer.instances.length === 0}
        empty={<p className="muted">No instance of {service} has reported lately.</p>}
      >
        {(answer) => <LoadBalancerTable view={answer} />}
      </QueryState>
    </Panel>
  );
}
