'use client';

import type { TargetsQuery } from '@vigil/types';
import { useState } from 'react';
import { useTargets } from '../../lib/hooks/targets';
import { usePickedService } from '../../lib/services/use-picked-service';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { EditorSlot } from '../forms/editor-slot';
import { InstancesEmpty } from './instances-empty';
import { TargetFilters, type TargetHealthFilter } from './target-filters';
import { TargetForm } from './target-form';
import { TargetTable } from './target-table';

function queryOf(service: string, health: TargetHealthFilter): TargetsQuery {
  return { ...(service ? { service } : {}), ...(health ? { health } : {}) };
}

/**
 * The add form, then every target of the service picked in the header. The unfiltered
 * list decides the empty state; without a filter both lists are one query.
 */
export function InstancesWorkspace() {
  const [isAdding, setIsAdding] = useState(false);
  const [service] = usePickedService();
  const [health, setHealth] = useState<TargetHealthFilter>('');
  const all = useTargets({});
  const shown = useTargets(queryOf(service, health));
  return (
    <>
      <EditorSlot form={isAdding && <TargetForm onDone={() => setIsAdding(false)} />} newLabel="Add target" onNew={() => setIsAdding(true)} />
      <Panel title={service ? `Scrape targets of ${service}` : 'Scrape targets'} aside={<Freshness query={shown} />}>
        <QueryState query={all} label="Scrape targets" isEmpty={(list) => list.length === 0} empty={<InstancesEmpty />}>
          {() => (
            <div className="stack-sm">
              <TargetFilters health={health} onChange={setHealth} />
              <QueryState
                query={shown}
                label="Scrape targets"
                isEmpty={(matching) => matching.length === 0}
                empty={
                  <p className="muted">
                    {service ? `No target of service ${service} matches these filters (pick "All services" in the header for every one).` : 'No target matches these filters.'}
                  </p>
                }
              >
                {(matching) => <TargetTable targets={matching} />}
              </QueryState>
            </div>
          )}
        </QueryState>
      </Panel>
    </>
  );
}
