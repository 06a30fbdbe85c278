import type { Metadata } from 'next';
import { AlertsNav } from '../../../components/alerts/alerts-nav';
import { SilenceForm } from '../../../components/alerts/silence-form';
import { SilenceList } from '../../../components/alerts/silence-list';

export const metadata: Metadata = { title: 'Silences' };

export default function SilencesPage() {
  return (
    <>
      <h1>Silences</h1>
      <AlertsNav />
      <SilenceList />
      <SilenceForm />
    </>
  );
}
