import type { Silence } from '@vigil/types';
import type { SilenceRow } from './silence.repository.js';

/** A stored silence as the API answers it; its state follows from the clock. */
export function toSilence(row: SilenceRow, now: Date): Silence {
  const state = row.endsAt <= now ? 'expired' : row.startsAt > now ? 'pending' : 'active';
  return {
    id: row.id,
    matchers: row.matchers,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    createdBy: row.createdBy,
    comment: row.comment,
    state,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
