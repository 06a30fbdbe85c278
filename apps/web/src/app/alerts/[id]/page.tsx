import type { Metadata } from 'next';
import { AlertDetailView } from '../../../components/alerts/alert-detail-view';
import { AlertsNav } from '../../../components/alerts/alerts-nav';

export const metadata: Metadata = { title: 'Alert' };

export default async function AlertPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <AlertsNav />
      <AlertDetailView id={decodeURIComponent(id)} />
    </>
  );
}
