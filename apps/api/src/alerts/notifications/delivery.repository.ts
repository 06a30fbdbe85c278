import { Injectable } from '@nestjs/common';
import type { DeliveryStatus, NotificationKind, NotificationMessage } from '@vigil/types';
import { DataSource, type EntityManager } from 'typeorm';
import { deleteInBatches } from '../../common/database/delete-in-batches.js';
import { updatedRows } from '../../common/database/updated-rows.js';

export interface NewDelivery {
  channelId: string;
  kind: NotificationKind;
  message: NotificationMessage;
  alertIds: string[];
}

export interface DeliveryRow {
  id: string;
  channelId: string;
  kind: NotificationKind;
  message: NotificationMessage;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const COLUMNS = 'id, channel_id, kind, message, status, attempts, next_attempt_at, last_error, created_at, sent_at';
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
const toRow = (r: Record<string, unknown>): DeliveryRow => ({
  id: r.id as string,
  channelId: r.channel_id as string,
  kind: r.kind as NotificationKind,
  message: r.message as NotificationMessage,
  status: r.status as DeliveryStatus,
  attempts: Number(r.attempts),
  nextAttemptAt: date(r.next_attempt_at),
  lastError: (r.last_error as string | null) ?? null,
  createdAt: new Date(r.created_at as string),
  sentAt: date(r.sent_at),
});

/** Every query on `notification_deliveries`: the outbox. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Written inside the caller's transaction, with the alert changes that caused them. */
  async insertMany(rows: readonly NewDelivery[], now: Date, manager: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO notification_deliveries (channel_id, kind, message, alert_ids, status, next_attempt_at, created_at)
       SELECT c, k, m, a::uuid[], 'pending', $5, $5 FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[]) AS u(c, k, m, a)`,
      [
        rows.map((r) => r.channelId),
        rows.map((r) => r.kind),
        rows.map((r) => JSON.stringify(r.message)),
        rows.map((r) => `{${r.alertIds.join(',')}}`),
        now,
      ],
    );
  }

  /**
   * Takes up to `batch` due rows for `leaseMs`: SKIP LOCKED keeps two senders off the
   * same row, and the lease keeps a row of a sender that died from being lost.
   */
  async claimDue(now: Date, leaseMs: number, batch: number): Promise<DeliveryRow[]> {
    const rows: Record<string, unknown>[] = updatedRows(await this.dataSource.query(
      `UPDATE notification_deliveries SET locked_until = $2 WHERE id IN (
         SELECT id FROM notification_deliveries
         WHERE status = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
         ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS}`,
      [now, new Date(now.getTime() + leaseMs), batch],
    ));
    return rows.map(toRow).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async markSent(id: string, attempts: number, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_deliveries SET status = 'sent', attempts = $2, sent_at = $3, next_attempt_at = NULL,
         locked_until = NULL, last_error = NULL WHERE id = $1`,
      [id, attempts, now],
    );
  }

  async markRetry(id: string, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE notification_deliveries SET attempts = $2, next_attempt_at = $3, locked_until = NULL, last_error = $4 WHERE id = $1',
      [id, attempts, nextAttemptAt, error],
    );
  }

  async markDead(id: string, attempts: number, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_deliveries SET status = 'dead', attempts = $2, next_attempt_at = NULL, locked_until = NULL,
         last_error = $3 WHERE id = $1`,
      [id, attempts, error],
    );
  }

  async findByChannel(channelId: string, limit: number): Promise<DeliveryRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notification_deliveries WHERE channel_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [channelId, limit],
    );
    return rows.map(toRow);
  }

  /** Finished rows older than `before`, `batch` per statement so one prune never holds the table long. */
  async pruneFinished(before: Date, batch: number): Promise<number> {
    return deleteInBatches(
      this.dataSource,
      `DELETE FROM notification_deliveries WHERE id IN (
         SELECT id FROM notification_deliveries WHERE status <> 'pending' AND created_at < $1 LIMIT $2)`,
      [before, batch],
    );
  }
}
