import type { AlertSeverity } from '@vigil/types';
import type { StatusTone } from '../feedback/status-icon';
import { ToneBadge } from '../feedback/status-badge';

const TONE: Record<AlertSeverity, StatusTone> = { critical: 'bad', warning: 'warn', info: 'unknown' };
const LABEL: Record<AlertSeverity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

export function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  return <ToneBadge tone={TONE[severity]} label={LABEL[severity]} />;
}
