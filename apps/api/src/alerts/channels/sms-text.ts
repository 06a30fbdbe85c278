import type { NotificationMessage } from '@vigil/types';
import { alertSummary, groupName, headlineAlerts, headlineStatus, kindPrefix } from './notification-summary.js';

/** One SMS segment in the GSM 7-bit alphabet. */
export const SMS_TEXT_LIMIT = 160;
// Three dots, not "…": one character outside GSM 7-bit turns the whole message into
// UCS-2, where a segment holds only 70 characters.
const ELLIPSIS = '...';

/** Cuts at `limit` characters (code points, so no emoji is split in half). */
export function truncateText(text: string, limit = SMS_TEXT_LIMIT): string {
  const characters = Array.from(text);
  if (characters.length <= limit) return text;
  return characters.slice(0, limit - ELLIPSIS.length).join('').trimEnd() + ELLIPSIS;
}

/** `[FIRING] HighCpu warning: CPU above 80% (+1 more)`: the first alert, then how many others. */
export function smsText(message: NotificationMessage): string {
  const alerts = headlineAlerts(message);
  const first = alerts[0];
  const status = `${kindPrefix(message)}[${headlineStatus(message)}]`;
  if (first === undefined) return truncateText(`${status} ${groupName(message)}`);
  const summary = alertSummary(first);
  const more = alerts.length > 1 ? ` (+${alerts.length - 1} more)` : '';
  const text = `${status} ${first.name} ${first.severity}${summary === undefined ? '' : `: ${summary}`}`;
  // The count is kept whole: it tells the reader the text is not everything.
  return truncateText(text, SMS_TEXT_LIMIT - more.length) + more;
}
