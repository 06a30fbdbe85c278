import type { Metadata } from 'next';
import { TimeRangeProvider } from '../../../components/charts/time-range-context';
import { TargetDetailView } from '../../../components/instances/target-detail-view';

export const metadata: Metadata = { title: 'Instance' };

export default async function InstancePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <TimeRangeProvider syncKey="instance">
      <TargetDetailView id={decodeURIComponent(id)} />
    </TimeRangeProvider>
  );
}
