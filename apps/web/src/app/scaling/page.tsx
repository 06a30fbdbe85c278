import type { Metadata } from 'next';
import { RangePicker } from '../../components/charts/range-picker';
import { TimeRangeProvider } from '../../components/charts/time-range-context';
import { ScalingWorkspace } from '../../components/scaling/scaling-workspace';

export const metadata: Metadata = { title: 'Scaling' };

export default function ScalingPage() {
  return (
    <TimeRangeProvider syncKey="scaling">
      <div className="page-head">
        <h1>Scaling</h1>
        <RangePicker />
      </div>
      <ScalingWorkspace />
    </TimeRangeProvider>
  );
}
