import type { AlertEvent } from '@vigil/types';
import { formatTime } from '../../lib/format/units';

/** Oldest first: the story of the alert as it happened. */
export function AlertEvents({ events }: { events: AlertEvent[] }) {
  if (events.length === 0) return <p className="muted">No events recorded.</p>;
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <ol className="event-timeline" data-testid="alert-events">
      {ordered.map((event) => (
        <li key={event.id}>
          <time dateTime={event.at}>{formatTime(event.at)}</time>
          <span className="event-type">{event.type}</span>
          {event.value !== null && <span className="muted">value {event.value}</span>}
          {event.actor && <span className="muted">by {event.actor}</span>}
          {event.note && <span>{event.note}</span>}
        </li>
      ))}
    </ol>
  );
}
