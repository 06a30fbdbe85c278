'use client';

import { useState } from 'react';
import { useProfilingSessions } from '../../lib/hooks/profiler';
import { Freshness } from '../feedback/freshness';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { ProfileAnalysisPanel } from './profile-analysis';
import { RunningSessions } from './running-sessions';
import { SessionHistory } from './session-history';
import { StartProfileForm } from './start-profile-form';

export function ProfilingWorkspace() {
  const sessions = useProfilingSessions();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = sessions.data?.items.find((session) => session.id === selectedId);
  return (
    <>
      <StartProfileForm />
      {sessions.data && <RunningSessions sessions={sessions.data.items} />}
      <Panel title="Past sessions" aside={<Freshness query={sessions} />}>
        <QueryState query={sessions} label="Profiling sessions">
          {(page) => <SessionHistory sessions={page.items} selectedId={selectedId} onAnalyse={setSelectedId} />}
        </QueryState>
      </Panel>
      {selected && <ProfileAnalysisPanel session={selected} />}
    </>
  );
}
