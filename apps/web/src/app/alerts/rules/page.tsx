import type { Metadata } from 'next';
import { AlertsNav } from '../../../components/alerts/alerts-nav';
import { RuleList } from '../../../components/alerts/rule-list';

export const metadata: Metadata = { title: 'Alert rules' };

export default function AlertRulesPage() {
  return (
    <>
      <h1>Alert rules</h1>
      <AlertsNav />
      <RuleList />
    </>
  );
}
