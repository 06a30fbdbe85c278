import { Injectable } from '@nestjs/common';
import type { ScalingBehavior, ScalingWorkload, ServiceScalingMetric } from '@vigil/types';
import { DataSource } from 'typeorm';

export interface ScalingPolicyRow {
  service: string;
  minReplicas: number;
  maxReplicas: number;
  behavior: ScalingBehavior;
  metrics: ServiceScalingMetric[];
  workload: ScalingWorkload | null;
  autoScaling: boolean;
  updatedAt: Date;
}

const COLUMNS = 'service, min_replicas, max_replicas, behavior, metrics, workload, auto_scaling, updated_at';
const toRow = (r: Record<string, unknown>): ScalingPolicyRow => ({
  service: r.service as string,
  minReplicas: Number(r.min_replicas),
  maxReplicas: Number(r.max_replicas),
  behavior: r.behavior as ScalingBehavior,
  metrics: r.metrics as ServiceScalingMetric[],
  workload: (r.workload as ScalingWorkload | null) ?? null,
  autoScaling: r.auto_scaling as boolean,
  updatedAt: new Date(r.updated_at as string),
});

/** Every query on `scaling_policies`. */
@Injectable()
export class ScalingPolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(service: string): Promise<ScalingPolicyRow | undefined> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM scaling_policies WHERE service = $1`, [service]);
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async findMany(services: readonly string[]): Promise<ScalingPolicyRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM scaling_policies WHERE service = ANY($1)`, [services]);
    return rows.map(toRow);
  }

  /** Writes the policy; the toggle keeps its value unless given. */
  async upsert(row: Omit<ScalingPolicyRow, 'updatedAt' | 'autoScaling'> & { autoScaling?: boolean }, now: Date): Promise<ScalingPolicyRow> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `INSERT INTO scaling_policies (service, min_replicas, max_replicas, behavior, metrics, workload, auto_scaling, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7, false), $8)
       ON CONFLICT (service) DO UPDATE SET
         min_replicas = EXCLUDED.min_replicas, max_replicas = EXCLUDED.max_replicas, behavior = EXCLUDED.behavior,
         metrics = EXCLUDED.metrics, workload = EXCLUDED.workload,
         auto_scaling = COALESCE($7, scaling_policies.auto_scaling), updated_at = EXCLUDED.updated_at
       RETURNING ${COLUMNS}`,
      [
        row.service,
        row.minReplicas,
        row.maxReplicas,
        JSON.stringify(row.behavior),
        JSON.stringify(row.metrics),
        // SQL NULL for none, not the JSON value null.
        row.workload === null ? null : JSON.stringify(row.workload),
        row.autoScaling ?? null,
        now,
      ],
    );
    return toRow(rows[0]!);
  }
}
