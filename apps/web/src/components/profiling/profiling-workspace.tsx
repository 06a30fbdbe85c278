'use client';

import { useState } from 'react';
import { useProfilingSessions, useRuntimeStats } from '../../lib/hooks/profiler';
import { useTargets } from '../../lib/hooks/targets';
import { profilableTargets } from '../../lib/profiling/process-labels';
import { ALL_PROCESSES, effectiveProcess, processFilterOptions, SESSION_PAGE, sessionListPlan } from '../../lib/profiling/session-filter';
import { usePickedService } from '../../lib/services/use-picked-service';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { ProcessFilter } from './process-filter';
import { ProfileAnalysisPanel } from './profile-analysis';
import { RunningSessions } from './running-sessions';
import { SessionHistory } from './session-history';
import { StartProfileForm } from './start-profile-form';

/**
 * The start form, what runs now, and the past sessions of the picked service and process.
 * The newest sessions unfiltered feed the running list and the filter's choices; without
 * a filter they are the same query as the past list.
 */
export function ProfilingWorkspace() {
  const [service] = usePickedService();
  const [chosenProcess, setChosenProcess] = useState(ALL_PROCESSES);
  const targets = useTargets({});
  const runtime = useRuntimeStats();
  const newest = useProfilingSessions({ limit: SESSION_PAGE });
  const profilable = profilableTargets(targets.data ?? []);
  const options = processFilterOptions(profilable, newest.data?.items ?? [], service);
  const process = effectiveProcess(chosenProcess, options);
  const plan = sessionListPlan(process, service);
  const sessions = useProfilingSessions(plan.query);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const shown = sessions.data?.items.filter(plan.keep) ?? [];
  const selected = shown.find((session) => session.id === selectedId);
  const filtered = service !== '' || process !== ALL_PROCESSES;
  return (
    <>
      <StartProfileForm
        profilable={profilable}
        notProfilable={(targets.data?.length ?? 0) - profilable.length}
        apiInstance={runtime.data?.instance}
        service={service}
      />
      {newest.data && <RunningSessions sessions={newest.data.items} />}
      <Panel title={service ? `Past sessions of ${service}` : 'Past sessions'} aside={<Freshness query={sessions} />}>
        <div className="stack-sm">
          <ProcessFilter options={options} value={process} onChange={setChosenProcess} />
          <QueryState query={sessions} label="Profiling sessions">
            {() => (
              <SessionHistory
                sessions={shown}
                selectedId={selectedId}
                onAnalyse={setSelectedId}
                emptyText={filtered ? 'No past profile matches: pick another process, or "All services" in the header.' : 'No profiles taken yet. Start one above.'}
                note={plan.searched === null ? undefined : `Searched the newest ${plan.searched} sessions.`}
              />
            )}
          </QueryState>
        </div>
      </Panel>
      {selected && <ProfileAnalysisPanel session={selected} />}
    </>
  );
}
