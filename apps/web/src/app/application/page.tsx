import type { Metadata } from 'next';
import { RouteCharts } from '../../components/application/route-charts';
import { RouteTable } from '../../components/application/route-table';
import { SlowQueries } from '../../components/application/slow-queries';
import { RangePicker } from '../../components/charts/range-picker';
import { TimeRangeProvider } from '../../components/charts/time-range-context';

export const metadata: Metadata = { title: 'Application' };

export default function ApplicationPage() {
  return (
    <TimeRangeProvider syncKey="application">
      <div className="page-head">
        <h1>Application</h1>
        <RangePicker />
      </div>
      <RouteTable />
      <RouteCharts />
      <SlowQueries />
    </TimeRangeProvider>
  );
}
