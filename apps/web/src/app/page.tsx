import type { Metadata } from 'next';
import { FiringAlerts } from '../components/overview/firing-alerts';
import { InstancesTable } from '../components/overview/instances-table';
import { KeyGauges } from '../components/overview/key-gauges';
import { StatusSummary } from '../components/overview/status-summary';

export const metadata: Metadata = { title: 'Overview' };

// Ordered for the first five seconds: is it up, what is firing, which figure is off, where.
export default function OverviewPage() {
  return (
    <>
      <h1>Overview</h1>
      <StatusSummary />
      <FiringAlerts />
      <KeyGauges />
      <InstancesTable />
    </>
  );
}
