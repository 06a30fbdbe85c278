import type { TargetHealth } from '@vigil/types';
import { ToneBadge } from '../feedback/status-badge';
import type { StatusTone } from '../feedback/status-icon';

const HEALTH: Record<TargetHealth, { tone: StatusTone; label: string }> = {
  up: { tone: 'ok', label: 'Up' },
  down: { tone: 'bad', label: 'Down' },
  unknown: { tone: 'unknown', label: 'Unknown' },
};

/** Icon, colour and word: "Unknown" until the first scrape ends. */
export function TargetHealthBadge({ health }: { health: TargetHealth }) {
  const { tone, label } = HEALTH[health];
  return <ToneBadge tone={tone} label={label} />;
}
