import type { NotificationDelivery } from '@vigil/types';
import type { DeliveryRow } from './delivery.repository.js';

/** A stored delivery as the API answers it. */
export function toDelivery(row: DeliveryRow): NotificationDelivery {
  return {
    id: row.id,
    channelId: row.channelId,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
