import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GroupState } from './group-planner.js';

/** Every query on `notification_groups`; always inside the planner's transaction. */
@Injectable()
export class NotificationGroupRepository {
  async findAllForUpdate(manager: EntityManager): Promise<GroupState[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT channel_id, group_key, group_labels, sent_alert_ids, next_flush_at, last_flushed_at
       FROM notification_groups FOR UPDATE`,
    );
    return rows.map((r) => ({
      channelId: r.channel_id as string,
      groupKey: r.group_key as string,
      groupLabels: r.group_labels as Record<string, string>,
      sentAlertIds: (r.sent_alert_ids as string[]) ?? [],
      nextFlushAt: new Date(r.next_flush_at as string),
      lastFlushedAt: r.last_flushed_at ? new Date(r.last_flushed_at as string) : null,
    }));
  }

  async upsertMany(groups: readonly GroupState[], manager: EntityManager): Promise<void> {
    if (groups.length === 0) return;
    await manager.query(
      `INSERT INTO notification_groups (channel_id, group_key, group_labels, sent_alert_ids, next_flush_at, last_flushed_at)
       SELECT c, k, l, s::uuid[], n, f FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[], $5::timestamptz[], $6::timestamptz[])
         AS u(c, k, l, s, n, f)
       ON CONFLICT (channel_id, group_key) DO UPDATE SET group_labels = EXCLUDED.group_labels,
         sent_alert_ids = EXCLUDED.sent_alert_ids, next_flush_at = EXCLUDED.next_flush_at, last_flushed_at = EXCLUDED.last_flushed_at`,
      [
        groups.map((g) => g.channelId),
        groups.map((g) => g.groupKey),
        groups.map((g) => JSON.stringify(g.groupLabels)),
        groups.map((g) => `{${g.sentAlertIds.join(',')}}`),
        groups.map((g) => g.nextFlushAt),
        groups.map((g) => g.lastFlushedAt),
      ],
    );
  }

  async deleteMany(keys: readonly { channelId: string; groupKey: string }[], manager: EntityManager): Promise<void> {
    if (keys.length === 0) return;
    await manager.query(
      `DELETE FROM notification_groups g USING unnest($1::uuid[], $2::text[]) AS u(c, k)
       WHERE g.channel_id = u.c AND g.group_key = u.k`,
      [keys.map((k) => k.channelId), keys.map((k) => k.groupKey)],
    );
  }
}
