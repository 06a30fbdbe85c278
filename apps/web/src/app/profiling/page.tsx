import type { Metadata } from 'next';
import { ProfilingWorkspace } from '../../components/profiling/profiling-workspace';
import { RecommendationsPanel } from '../../components/profiling/recommendations-panel';
import { RuntimePanel } from '../../components/profiling/runtime-panel';

export const metadata: Metadata = { title: 'Profiling' };

export default function ProfilingPage() {
  return (
    <>
      <h1>Profiling</h1>
      <ProfilingWorkspace />
      <RuntimePanel />
      <RecommendationsPanel />
    </>
  );
}
