'use client';

import type { ScrapeTarget, TargetsQuery } from '@vigil/types';
import { useState } from 'react';
import { useTargets } from '../../lib/hooks/targets';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { EditorSlot } from '../forms/editor-slot';
import { InstancesEmpty } from './instances-empty';
import { TargetFilters, NO_TARGET_FILTER, type TargetFilterState } from './target-filters';
import { TargetForm } from './target-form';
import { TargetTable } from './target-table';

function servicesOf(targets: readonly ScrapeTarget[]): string[] {
  return [...new Set(targets.map((target) => target.service))].sort();
}

function queryOf(filters: TargetFilterState): TargetsQuery {
  return { ...(filters.service ? { service: filters.service } : {}), ...(filters.health ? { health: filters.health } : {}) };
}

/**
 * The add form, then every target. The unfiltered list decides the empty state and the
 * service choice; without a filter both lists are one query.
 */
export function InstancesWorkspace() {
  const [isAdding, setIsAdding] = useState(false);
  const [filters, setFilters] = useState<TargetFilterState>(NO_TARGET_FILTER);
  const all = useTargets({});
  const shown = useTargets(queryOf(filters));
  return (
    <>
      <EditorSlot form={isAdding && <TargetForm onDone={() => setIsAdding(false)} />} newLabel="Add target" onNew={() => setIsAdding(true)} />
      <Panel title="Scrape targets" aside={<Freshness query={shown} />}>
        <QueryState query={all} label="Scrape targets" isEmpty={(list) => list.length === 0} empty={<InstancesEmpty />}>
          {(list) => (
            <div className="stack-sm">
              <TargetFilters services={servicesOf(list)} value={filters} onChange={setFilters} />
              <QueryState
                query={shown}
                label="Scrape targets"
                isEmpty={(matching) => matching.length === 0}
                empty={<p className="muted">No target matches these filters.</p>}
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
