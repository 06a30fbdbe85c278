import type { Metadata } from 'next';
import { InstancesWorkspace } from '../../components/instances/instances-workspace';

export const metadata: Metadata = { title: 'Instances' };

export default function InstancesPage() {
  return (
    <>
      <h1>Instances</h1>
      <InstancesWorkspace />
    </>
  );
}
