import type { Metadata } from 'next';
import { AlertList } from '../../components/alerts/alert-list';
import { AlertsNav } from '../../components/alerts/alerts-nav';

export const metadata: Metadata = { title: 'Alerts' };

export default function AlertsPage() {
  return (
    <>
      <h1>Alerts</h1>
      <AlertsNav />
      <AlertList />
    </>
  );
}
