import type { Metadata } from 'next';
import { AlertsNav } from '../../../components/alerts/alerts-nav';
import { EscalationPolicyList } from '../../../components/alerts/escalation-policy-list';

export const metadata: Metadata = { title: 'Escalation policies' };

export default function EscalationPoliciesPage() {
  return (
    <>
      <h1>Escalation policies</h1>
      <AlertsNav />
      <EscalationPolicyList />
    </>
  );
}
