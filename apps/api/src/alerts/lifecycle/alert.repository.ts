import { Injectable } from '@nestjs/common';
import type { AlertStatus } from '@vigil/types';
import { DataSource, type EntityManager } from 'typeorm';
import { deleteInBatches } from '../../common/database/delete-in-batches.js';
import { ALERT_COLUMNS, toAlertRow, type AlertEventRow, type AlertRow, type NewAlert } from './alert-row.js';

export interface AlertFilter {
  statuses?: AlertStatus[];
  severity?: string;
  ruleId?: string;
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

const OPEN = `status IN ('pending', 'firing', 'acknowledged')`;
const json = (v: unknown) => JSON.stringify(v);

/**
 * Every query on `alerts` and `alert_events`. Evaluation writes go through the
 * `*Many` methods: one statement per kind of write per tick, whatever the rule count.
 */
@Injectable()
export class AlertRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOpen(manager: EntityManager = this.dataSource.manager): Promise<AlertRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE ${OPEN}`);
    return rows.map(toAlertRow);
  }

  async findOpenByFingerprints(fingerprints: readonly string[], manager: EntityManager): Promise<AlertRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${ALERT_COLUMNS} FROM alerts WHERE ${OPEN} AND fingerprint = ANY($1::text[])`,
      [fingerprints],
    );
    return rows.map(toAlertRow);
  }

  async findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<AlertRow[]> {
    if (ids.length === 0) return [];
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE id = ANY($1::uuid[])`, [ids]);
    return rows.map(toAlertRow);
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AlertRow | null> {
    return (await this.findByIds([id], manager))[0] ?? null;
  }

  /** Newest first. */
  async findPage(filter: AlertFilter): Promise<{ rows: AlertRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (filter.statuses?.length) add('status = ANY(?::text[])', filter.statuses);
    if (filter.severity) add('severity = ?', filter.severity);
    if (filter.ruleId) add('rule_id = ?', filter.ruleId);
    // Active at some point in [from, to]: opened before `to`, not resolved before `from`.
    if (filter.to) add('active_at <= ?', filter.to);
    if (filter.from) add('coalesce(resolved_at, last_evaluated_at) >= ?', filter.from);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM alerts ${clause}`, params);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${ALERT_COLUMNS} FROM alerts ${clause} ORDER BY active_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { rows: rows.map(toAlertRow), total: Number(total) };
  }

  async findEvents(alertId: string): Promise<(AlertEventRow & { id: string })[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      'SELECT id, alert_id, type, at, value, note, actor FROM alert_events WHERE alert_id = $1 ORDER BY at, id',
      [alertId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      alertId: r.alert_id as string,
      type: r.type as string,
      at: new Date(r.at as string),
      value: r.value === null ? null : Number(r.value),
      note: (r.note as string | null) ?? null,
      actor: (r.actor as string | null) ?? null,
    }));
  }

  /** Alerts that notifications may speak of as firing: firing and acknowledged. */
  async findFiring(manager: EntityManager): Promise<AlertRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${ALERT_COLUMNS} FROM alerts WHERE status IN ('firing', 'acknowledged') ORDER BY fired_at, id`,
    );
    return rows.map(toAlertRow);
  }

  async markNotified(ids: readonly string[], now: Date, manager: EntityManager): Promise<void> {
    if (ids.length === 0) return;
    await manager.query('UPDATE alerts SET last_notified_at = $2 WHERE id = ANY($1::uuid[])', [ids, now]);
  }

  async setEscalationLevels(levels: ReadonlyMap<string, number>, manager: EntityManager): Promise<void> {
    if (levels.size === 0) return;
    await manager.query(
      `UPDATE alerts a SET escalation_level = u.level FROM unnest($1::uuid[], $2::int[]) AS u(id, level) WHERE a.id = u.id`,
      [[...levels.keys()], [...levels.values()]],
    );
  }

  /** Open alerts per status, for the `vigil_alerts_open` gauge. */
  async countOpenByStatus(): Promise<Map<string, number>> {
    const rows: { status: string; n: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM alerts WHERE ${OPEN} GROUP BY status`,
    );
    return new Map(rows.map((r) => [r.status, Number(r.n)]));
  }

  /** Latest notification per fingerprint among closed episodes: the start of a rule's cooldown. */
  async lastNotifiedAt(fingerprints: readonly string[], manager: EntityManager): Promise<Map<string, Date>> {
    if (fingerprints.length === 0) return new Map();
    const rows: { fingerprint: string; at: Date }[] = await manager.query(
      `SELECT fingerprint, max(last_notified_at) AS at FROM alerts
       WHERE fingerprint = ANY($1::text[]) AND NOT ${OPEN} AND last_notified_at IS NOT NULL GROUP BY fingerprint`,
      [fingerprints],
    );
    return new Map(rows.map((r) => [r.fingerprint, new Date(r.at)]));
  }

  /** Inserts new episodes; a fingerprint that is already open (another writer won) is skipped. */
  async insertMany(rows: readonly NewAlert[], manager: EntityManager): Promise<AlertRow[]> {
    if (rows.length === 0) return [];
    const col = <T>(pick: (r: NewAlert) => T) => rows.map(pick);
    const inserted: Record<string, unknown>[] = await manager.query(
      `INSERT INTO alerts (fingerprint, rule_id, source, name, status, severity, labels, annotations, value, trigger_values,
         generator_url, active_at, fired_at, last_evaluated_at, expires_at, notify_after)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[],
         $9::float8[], $10::jsonb[], $11::text[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[],
         $16::timestamptz[])
       ON CONFLICT (fingerprint) WHERE ${OPEN} DO NOTHING
       RETURNING ${ALERT_COLUMNS}`,
      [
        col((r) => r.fingerprint), col((r) => r.ruleId), col((r) => r.source), col((r) => r.name), col((r) => r.status),
        col((r) => r.severity), col((r) => json(r.labels)), col((r) => json(r.annotations)), col((r) => r.value),
        col((r) => json(r.triggerValues)), col((r) => r.generatorUrl), col((r) => r.activeAt), col((r) => r.firedAt),
        col((r) => r.lastEvaluatedAt), col((r) => r.expiresAt), col((r) => r.notifyAfter),
      ],
    );
    return inserted.map(toAlertRow);
  }

  /** Writes the evaluation-owned columns of each row back. */
  async updateMany(rows: readonly AlertRow[], manager: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    const col = <T>(pick: (r: AlertRow) => T) => rows.map(pick);
    await manager.query(
      `UPDATE alerts a SET status = u.status, value = u.value, trigger_values = u.trigger_values, annotations = u.annotations,
         fired_at = u.fired_at, resolved_at = u.resolved_at, recovering_since = u.recovering_since,
         last_evaluated_at = u.last_evaluated_at, expires_at = u.expires_at, last_notified_at = u.last_notified_at,
         escalation_level = u.escalation_level, acknowledged_at = u.acknowledged_at, acknowledged_by = u.acknowledged_by
       FROM unnest($1::uuid[], $2::text[], $3::float8[], $4::jsonb[], $5::jsonb[], $6::timestamptz[], $7::timestamptz[],
         $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::int[], $13::timestamptz[], $14::text[])
         AS u(id, status, value, trigger_values, annotations, fired_at, resolved_at, recovering_since, last_evaluated_at,
              expires_at, last_notified_at, escalation_level, acknowledged_at, acknowledged_by)
       WHERE a.id = u.id`,
      [
        col((r) => r.id), col((r) => r.status), col((r) => r.value), col((r) => json(r.triggerValues)), col((r) => json(r.annotations)),
        col((r) => r.firedAt), col((r) => r.resolvedAt), col((r) => r.recoveringSince), col((r) => r.lastEvaluatedAt),
        col((r) => r.expiresAt), col((r) => r.lastNotifiedAt), col((r) => r.escalationLevel), col((r) => r.acknowledgedAt),
        col((r) => r.acknowledgedBy),
      ],
    );
  }

  async insertEvents(events: readonly AlertEventRow[], manager: EntityManager): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO alert_events (alert_id, type, at, value, note, actor)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::float8[], $5::text[], $6::text[])`,
      [
        events.map((e) => e.alertId), events.map((e) => e.type), events.map((e) => e.at),
        events.map((e) => e.value), events.map((e) => e.note), events.map((e) => e.actor),
      ],
    );
  }

  /** Closed episodes older than `before`, at most `batch` per statement (their events go with them). */
  async pruneClosed(before: Date, batch: number): Promise<number> {
    return deleteInBatches(
      this.dataSource,
      `DELETE FROM alerts WHERE id IN (SELECT id FROM alerts WHERE NOT ${OPEN}
         AND coalesce(resolved_at, last_evaluated_at) < $1 LIMIT $2)`,
      [before, batch],
    );
  }
}
