import type { ComponentStatus } from '@vigil/types';
import { StatusIcon, type StatusTone } from './status-icon';

const TONE_BY_STATUS: Record<ComponentStatus, StatusTone> = { up: 'ok', degraded: 'warn', down: 'bad' };
const LABEL_BY_STATUS: Record<ComponentStatus, string> = { up: 'Up', degraded: 'Degraded', down: 'Down' };

export function toneOfStatus(status: ComponentStatus): StatusTone {
  return TONE_BY_STATUS[status];
}

/** Icon, colour and word together, so the status reads without colour vision. */
export function StatusBadge({ status }: { status: ComponentStatus }) {
  return <ToneBadge tone={TONE_BY_STATUS[status]} label={LABEL_BY_STATUS[status]} />;
}

export function ToneBadge({ tone, label }: { tone: StatusTone; label: string }) {
  return (
    <span className={`status-badge tone-${tone}`}>
      <StatusIcon tone={tone} size={16} />
      {label}
    </span>
  );
}
