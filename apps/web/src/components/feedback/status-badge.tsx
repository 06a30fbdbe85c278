import type { ComponentStatus } from '@vigil/types';
import { StatusIcon, type StatusTone } from './status-icon';

const TONE_BY_STATUS: Record<ComponentStatus, StatusTone> = { up: 'ok', degraded: 'warn', down: 'bad' };
const LABEL_BY_STATUS: Record<ComponentStatus, string> = { up: 'Up', degraded: 'Degraded', down: 'Down' };

/** Icon, colour and word together, so the status reads without colour vision. */
export function StatusBadge({ status }: { status: ComponentStatus }) {
  const tone = TONE_BY_STATUS[status];
  return (
    <span className={`status-badge tone-${tone}`}>
      <StatusIcon tone={tone} />
      {LABEL_BY_STATUS[status]}
    </span>
  );
}
