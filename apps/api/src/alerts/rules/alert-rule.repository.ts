import { Injectable } from '@nestjs/common';
import type { AlertRule } from '@vigil/types';
import { DataSource, type EntityManager } from 'typeorm';
import type { RuleSpec } from './rule-spec.js';

/** A stored rule; alert-rule.mapper turns it into the contract's AlertRule. */
export type AlertRuleRow = RuleSpec & { id: string; isDefault: boolean; createdAt: Date; updatedAt: Date };
import { updatedRows } from '../../common/database/updated-rows.js';

const COLUMNS = `id, name, kind, query, comparator, threshold, anomaly, health, for_duration, keep_firing_for, cooldown,
  severity, labels, annotations, channel_ids, escalation_policy_id, enabled, is_default, created_at, updated_at`;

function toRow(r: Record<string, unknown>): AlertRuleRow {
  return {
    id: r.id as string,
    name: r.name as string,
    kind: r.kind as AlertRule['kind'],
    query: (r.query as AlertRule['query']) ?? null,
    comparator: (r.comparator as AlertRule['comparator']) ?? null,
    threshold: r.threshold === null ? null : Number(r.threshold),
    anomaly: (r.anomaly as AlertRule['anomaly']) ?? null,
    health: (r.health as AlertRule['health']) ?? null,
    for: r.for_duration as string,
    keepFiringFor: r.keep_firing_for as string,
    cooldown: r.cooldown as string,
    severity: r.severity as AlertRule['severity'],
    labels: r.labels as Record<string, string>,
    annotations: r.annotations as AlertRule['annotations'],
    channelIds: (r.channel_ids as string[]) ?? [],
    escalationPolicyId: (r.escalation_policy_id as string | null) ?? null,
    enabled: r.enabled as boolean,
    isDefault: r.is_default as boolean,
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
  };
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
const params = (s: RuleSpec) => [
  s.name, s.kind, json(s.query), s.comparator, s.threshold, json(s.anomaly), json(s.health), s.for, s.keepFiringFor,
  s.cooldown, s.severity, JSON.stringify(s.labels), JSON.stringify(s.annotations), s.channelIds, s.escalationPolicyId, s.enabled,
];

/** Every query on `alert_rules` and `alert_rule_seeds`. */
@Injectable()
export class AlertRuleRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findAll(manager: EntityManager = this.dataSource.manager): Promise<AlertRuleRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${COLUMNS} FROM alert_rules ORDER BY name`);
    return rows.map(toRow);
  }

  async findById(id: string): Promise<AlertRuleRow | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM alert_rules WHERE id = $1`, [id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async findIdByName(name: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT id FROM alert_rules WHERE name = $1', [name]);
    return (row?.id as string | undefined) ?? null;
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM alert_rules');
    return Number(row?.n ?? 0);
  }

  async insert(spec: RuleSpec, now: Date, isDefault = false, manager: EntityManager = this.dataSource.manager): Promise<AlertRuleRow> {
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO alert_rules (name, kind, query, comparator, threshold, anomaly, health, for_duration, keep_firing_for, cooldown,
         severity, labels, annotations, channel_ids, escalation_policy_id, enabled, is_default, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::uuid[], $15, $16, $17, $18, $18)
       RETURNING ${COLUMNS}`,
      [...params(spec), isDefault, now],
    );
    return toRow(rows[0]!);
  }

  async update(id: string, spec: RuleSpec, now: Date): Promise<AlertRuleRow | null> {
    const rows: Record<string, unknown>[] = updatedRows(await this.dataSource.query(
      `UPDATE alert_rules SET name = $1, kind = $2, query = $3, comparator = $4, threshold = $5, anomaly = $6, health = $7,
         for_duration = $8, keep_firing_for = $9, cooldown = $10, severity = $11, labels = $12, annotations = $13,
         channel_ids = $14::uuid[], escalation_policy_id = $15, enabled = $16, updated_at = $18
       WHERE id = $17 RETURNING ${COLUMNS}`,
      [...params(spec), id, now],
    ));
    return rows[0] ? toRow(rows[0]) : null;
  }

  async delete(id: string): Promise<boolean> {
    const [, count] = await this.dataSource.query('DELETE FROM alert_rules WHERE id = $1', [id]);
    return Number(count) > 0;
  }

  /** A deleted channel leaves every rule that named it. */
  async removeChannel(channelId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE alert_rules SET channel_ids = array_remove(channel_ids, $1::uuid) WHERE $1::uuid = ANY(channel_ids)',
      [channelId],
    );
  }

  /** Default rule names ever seeded: a deleted default is not brought back. */
  async seededNames(manager: EntityManager): Promise<Set<string>> {
    const rows: { name: string }[] = await manager.query('SELECT name FROM alert_rule_seeds');
    return new Set(rows.map((r) => r.name));
  }

  async markSeeded(manager: EntityManager, name: string, now: Date): Promise<void> {
    await manager.query('INSERT INTO alert_rule_seeds (name, seeded_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [name, now]);
  }
}
