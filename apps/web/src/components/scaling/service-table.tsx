'use client';

import type { ScalingServiceStatus } from '@vigil/types';
import { useId } from 'react';
import { describeDecision } from '../../lib/scaling/scaling-reasons';
import { DataTable } from '../feedback/data-table';
import { AutoScalingToggle } from './auto-scaling-toggle';

const COLUMNS = [
  { label: 'Service' },
  { label: 'Current', className: 'numeric' },
  { label: 'Desired', className: 'numeric' },
  { label: 'Bounds', className: 'numeric' },
  { label: 'Deciding metric' },
  { label: 'Why' },
  { label: 'Auto-scaling' },
] as const;

interface ServiceTableProps {
  services: ScalingServiceStatus[];
  selected: string | null;
  onSelect: (service: string) => void;
}

/** Every watched service's count now and the one the autoscaler wants, with why. */
export function ServiceTable({ services, selected, onSelect }: ServiceTableProps) {
  const noteId = useId();
  const canChoose = services.length > 1;
  return (
    <DataTable
      caption="Current and desired replicas of every service"
      columns={COLUMNS}
      testId="scaling-services"
      note={
        <span id={noteId}>
          With auto-scaling on, Vigil applies the desired count through an executor. Without an executor configured nothing is applied: every
          decision is logged as a recommendation only.
        </span>
      }
    >
      {services.map((status) => (
        <tr key={status.service}>
          <th scope="row">
            <span className="mono">{status.service}</span>
            {canChoose && (
              <div>
                <button type="button" className="button button-small" aria-pressed={status.service === selected} onClick={() => onSelect(status.service)}>
                  Show details
                  <span className="visually-hidden"> of {status.service}</span>
                </button>
              </div>
            )}
          </th>
          <td className="numeric" data-label="Current">{status.currentReplicas}</td>
          <td className="numeric" data-label="Desired">
            <strong>{status.desiredReplicas}</strong>
          </td>
          <td className="numeric" data-label="Bounds">
            {status.minReplicas}–{status.maxReplicas}
          </td>
          <td className="mono" data-label="Deciding metric">{status.decidingMetric ?? '—'}</td>
          <td data-label="Why">{describeDecision(status.limitedBy, status.stabilizedBy)}</td>
          <td data-label="Auto-scaling">
            <AutoScalingToggle service={status.service} isEnabled={status.autoScaling} describedBy={noteId} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
