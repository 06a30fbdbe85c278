import type { Metadata } from 'next';
import { RangePicker } from '../../components/charts/range-picker';
import { TimeRangeProvider } from '../../components/charts/time-range-context';
import { ComponentHealthTable } from '../../components/health/component-health-table';
import { HealthScoreCard } from '../../components/health/health-score-card';

export const metadata: Metadata = { title: 'Health' };

export default function HealthPage() {
  return (
    <TimeRangeProvider syncKey="health" initial="24h">
      <div className="page-head">
        <h1>Health</h1>
        <RangePicker />
      </div>
      <HealthScoreCard />
      <ComponentHealthTable />
    </TimeRangeProvider>
  );
}
