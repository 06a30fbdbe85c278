import type { ReadinessResult } from '../../lib/api-client';
import { StatusIcon, type StatusTone } from '../feedback/status-icon';

function headline(result: ReadinessResult | null): { tone: StatusTone; text: string } {
  if (!result) return { tone: 'unknown', text: 'Status unknown' };
  if (result.ready) return { tone: 'ok', text: 'Ready' };
  // The API's message already starts with "not ready:"; saying it twice reads as a stutter.
  return { tone: 'bad', text: `Not ready — ${result.error.message.replace(/^not ready:\s*/i, '')}` };
}

/** `result` null means the API gave no usable answer yet. */
export function ReadinessHeadline({ result, isStale }: { result: ReadinessResult | null; isStale: boolean }) {
  const { tone, text } = headline(result);
  return (
    <div className={`readiness-headline tone-${tone}`}>
      <StatusIcon tone={tone} size={48} />
      <div>
        <p className="readiness-text">{text}</p>
        {isStale && <p className="muted">Last known result; the latest check failed.</p>}
      </div>
    </div>
  );
}
