import { Injectable } from '@nestjs/common';
import type { ScalingLimitReason } from '@vigil/types';
import { DataSource } from 'typeorm';

export interface ScalingDecisionRow {
  id: string;
  service: string;
  at: Date;
  currentReplicas: number;
  fromReplicas: number;
  toReplicas: number;
  limitedBy: ScalingLimitReason;
  decidingMetric: string | null;
  applied: boolean;
  note: string | null;
}

export type NewScalingDecision = Omit<ScalingDecisionRow, 'id'>;

const DECISION_COLUMNS = 'id, service, at, current_replicas, from_replicas, to_replicas, limited_by, deciding_metric, applied, note';
const toDecision = (r: Record<string, unknown>): ScalingDecisionRow => ({
  id: r.id as string,
  service: r.service as string,
  at: new Date(r.at as string),
  currentReplicas: Number(r.current_replicas),
  fromReplicas: Number(r.from_replicas),
  toReplicas: Number(r.to_replicas),
  limitedBy: r.limited_by as ScalingLimitReason,
  decidingMetric: (r.deciding_metric as string | null) ?? null,
  applied: r.applied as boolean,
  note: (r.note as string | null) ?? null,
});

/** Every query on `scaling_recommendations` and `scaling_events`. */
@Injectable()
export class ScalingHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The recommendations of `service` since `since`, oldest first: what the stabilization windows read. */
  async recommendationsSince(service: string, since: Date): Promise<{ at: Date; replicas: number }[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      'SELECT at, replicas FROM scaling_recommendations WHERE service = $1 AND at > $2 ORDER BY at',
      [service, since],
    );
    return rows.map((r) => ({ at: new Date(r.at as string), replicas: Number(r.replicas) }));
  }

  async recordRecommendation(service: string, at: Date, replicas: number): Promise<void> {
    await this.dataSource.query('INSERT INTO scaling_recommendations (service, at, replicas) VALUES ($1, $2, $3)', [service, at, replicas]);
  }

  /** Applied changes of `service` since `since`: the scale events the policies count. */
  async appliedSince(service: string, since: Date): Promise<{ at: Date; from: number; to: number }[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      'SELECT at, from_replicas, to_replicas FROM scaling_events WHERE service = $1 AND applied AND at > $2 ORDER BY at',
      [service, since],
    );
    return rows.map((r) => ({ at: new Date(r.at as string), from: Number(r.from_replicas), to: Number(r.to_replicas) }));
  }

  async latestDecision(service: string): Promise<ScalingDecisionRow | undefined> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${DECISION_COLUMNS} FROM scaling_events WHERE service = $1 ORDER BY at DESC LIMIT 1`,
      [service],
    );
    return rows[0] ? toDecision(rows[0]) : undefined;
  }

  async recordDecision(decision: NewScalingDecision): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scaling_events (service, at, current_replicas, from_replicas, to_replicas, limited_by, deciding_metric, applied, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [decision.service, decision.at, decision.currentReplicas, decision.fromReplicas, decision.toReplicas, decision.limitedBy, decision.decidingMetric, decision.applied, decision.note],
    );
  }

  async decisions(service: string | undefined, limit: number): Promise<ScalingDecisionRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${DECISION_COLUMNS} FROM scaling_events WHERE ($1::text IS NULL OR service = $1) ORDER BY at DESC LIMIT $2`,
      [service ?? null, limit],
    );
    return rows.map(toDecision);
  }

  /**
   * Deletes up to `batchSize` rows older than `cutoff` from one of the two tables, oldest
   * first, so pruning never holds a long lock; returns how many went.
   */
  async deleteOlderThan(table: 'scaling_recommendations' | 'scaling_events', cutoff: Date, batchSize: number): Promise<number> {
    const [row]: { deleted: number }[] = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE at < $1 ORDER BY at LIMIT $2)
         RETURNING 1)
       SELECT count(*)::int AS deleted FROM gone`,
      [cutoff, batchSize],
    );
    return row?.deleted ?? 0;
  }
}
