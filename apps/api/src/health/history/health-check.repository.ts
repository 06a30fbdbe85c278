import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ComponentStatus, UptimeWindow } from '@vigil/types';
import type { Repository } from 'typeorm';
import { HealthCheckEntity } from '../entities/health-check.entity.js';

export interface HealthCheckRow {
  instance: string;
  component: string;
  status: ComponentStatus;
  isCritical: boolean;
  responseTimeMs: number | null;
  message: string | null;
  checkedAt: Date;
}

export interface HealthCheckFilter {
  component?: string;
  instance?: string;
}

export interface UptimeCounts {
  component: string;
  counts: Record<UptimeWindow, { checks: number; available: number }>;
}

/** Every query on `health_checks`. */
@Injectable()
export class HealthCheckRepository {
  constructor(@InjectRepository(HealthCheckEntity) private readonly rows: Repository<HealthCheckEntity>) {}

  /** One statement per tick whatever the number of components. */
  async insertMany(rows: readonly HealthCheckRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.rows.query(
      `INSERT INTO health_checks (instance, component, status, is_critical, response_time_ms, message, checked_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::int[], $6::text[], $7::timestamptz[])`,
      [
        rows.map((r) => r.instance),
        rows.map((r) => r.component),
        rows.map((r) => r.status),
        rows.map((r) => r.isCritical),
        rows.map((r) => r.responseTimeMs),
        rows.map((r) => r.message),
        rows.map((r) => r.checkedAt),
      ],
    );
  }

  /** Newest first within (from, to]. */
  findHistory(filter: HealthCheckFilter & { from: Date; to: Date; limit: number }): Promise<HealthCheckRow[]> {
    const query = this.rows
      .createQueryBuilder('h')
      .select(['h.instance', 'h.component', 'h.status', 'h.isCritical', 'h.responseTimeMs', 'h.message', 'h.checkedAt'])
      .where('h.checked_at > :from AND h.checked_at <= :to', { from: filter.from, to: filter.to })
      .orderBy('h.checked_at', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .limit(filter.limit);
    if (filter.component !== undefined) query.andWhere('h.component = :component', { component: filter.component });
    if (filter.instance !== undefined) query.andWhere('h.instance = :instance', { instance: filter.instance });
    return query.getMany();
  }

  /** Checks and available (up or degraded) checks per component in each window ending at `now`, in one pass. */
  async countUptime(now: Date, starts: Record<UptimeWindow, Date>, filter: HealthCheckFilter): Promise<UptimeCounts[]> {
    const raw: Record<string, string>[] = await this.rows.query(
      `SELECT component,
         count(*) FILTER (WHERE checked_at > $2) AS c1h,  count(*) FILTER (WHERE checked_at > $2 AND status <> 'down') AS a1h,
         count(*) FILTER (WHERE checked_at > $3) AS c24h, count(*) FILTER (WHERE checked_at > $3 AND status <> 'down') AS a24h,
         count(*) FILTER (WHERE checked_at > $4) AS c7d,  count(*) FILTER (WHERE checked_at > $4 AND status <> 'down') AS a7d,
         count(*) AS c30d, count(*) FILTER (WHERE status <> 'down') AS a30d
       FROM health_checks
       WHERE checked_at > $5 AND checked_at <= $1
         AND ($6::text IS NULL OR component = $6) AND ($7::text IS NULL OR instance = $7)
       GROUP BY component ORDER BY component`,
      [now, starts['1h'], starts['24h'], starts['7d'], starts['30d'], filter.component ?? null, filter.instance ?? null],
    );
    const pair = (row: Record<string, string>, window: string) => ({
      checks: Number(row[`c${window}`]),
      available: Number(row[`a${window}`]),
    });
    return raw.map((row) => ({
      component: String(row.component),
      counts: { '1h': pair(row, '1h'), '24h': pair(row, '24h'), '7d': pair(row, '7d'), '30d': pair(row, '30d') },
    }));
  }

  /** Each (instance, component)'s newest recorded check since `since`. */
  async findLatestSince(since: Date): Promise<HealthCheckRow[]> {
    const rows: Record<string, unknown>[] = await this.rows.query(
      `SELECT DISTINCT ON (instance, component) instance, component, status, is_critical, response_time_ms, message, checked_at
       FROM health_checks WHERE checked_at > $1 ORDER BY instance, component, checked_at DESC`,
      [since],
    );
    return rows.map((r) => ({
      instance: r.instance as string,
      component: r.component as string,
      status: r.status as ComponentStatus,
      isCritical: r.is_critical as boolean,
      responseTimeMs: r.response_time_ms === null ? null : Number(r.response_time_ms),
      message: (r.message as string | null) ?? null,
      checkedAt: new Date(r.checked_at as string),
    }));
  }

  /** Deletes up to `batchSize` rows older than `cutoff`, oldest first; returns how many went. */
  async deleteOlderThan(cutoff: Date, batchSize: number): Promise<number> {
    const [row]: { deleted: number }[] = await this.rows.query(
      `WITH gone AS (
         DELETE FROM health_checks WHERE id IN (
           SELECT id FROM health_checks WHERE checked_at < $1 ORDER BY checked_at LIMIT $2)
         RETURNING 1)
       SELECT count(*)::int AS deleted FROM gone`,
      [cutoff, batchSize],
    );
    return row?.deleted ?? 0;
  }
}
