import type { AlertStatus } from '@vigil/types';
import { ToneBadge } from '../feedback/status-badge';
import type { StatusTone } from '../feedback/status-icon';

const STATUS: Record<AlertStatus, { tone: StatusTone; label: string }> = {
  firing: { tone: 'bad', label: 'Firing' },
  pending: { tone: 'warn', label: 'Pending' },
  acknowledged: { tone: 'unknown', label: 'Acknowledged' },
  resolved: { tone: 'ok', label: 'Resolved' },
  inactive: { tone: 'ok', label: 'Inactive' },
};

export function AlertStatusBadge({ status }: { status: AlertStatus }) {
  const { tone, label } = STATUS[status];
  return <ToneBadge tone={tone} label={label} />;
}
