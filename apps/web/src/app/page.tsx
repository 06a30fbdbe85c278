import type { Metadata } from 'next';
import { ReadinessPanel } from '../components/overview/readiness-panel';

export const metadata: Metadata = { title: 'Overview' };

export default function OverviewPage() {
  return (
    <>
      <h1>Overview</h1>
      <ReadinessPanel />
    </>
  );
}
