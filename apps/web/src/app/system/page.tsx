import type { Metadata } from 'next';
import { RangePicker } from '../../components/charts/range-picker';
import { TimeRangeProvider } from '../../components/charts/time-range-context';
import { SystemCharts } from '../../components/system/system-charts';
import { SystemSnapshot } from '../../components/system/system-snapshot';

export const metadata: Metadata = { title: 'System' };

export default function SystemPage() {
  return (
    <TimeRangeProvider syncKey="system">
      <div className="page-head">
        <h1>System</h1>
        <RangePicker />
      </div>
      <SystemSnapshot />
      <SystemCharts />
    </TimeRangeProvider>
  );
}
