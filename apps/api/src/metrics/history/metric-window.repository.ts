import { Injectable } from '@nestjs/common';
import type { StoredMetricType } from '@vigil/types';
import { DataSource } from 'typeorm';
import type { RawPoint } from './rollup-calculator.js';

export interface MatchedSeries {
  /** Index of the selector (in the order given) that matched this series. */
  selector: number;
  id: number;
  type: StoredMetricType;
  labels: Record<string, string>;
  bounds: number[] | null;
}

/**
 * The batched reads behind alert evaluation: every selector's series in one statement,
 * and every series' recent samples in one more, whatever the number of rules.
 */
@Injectable()
export class MetricWindowRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Up to `limitPerSelector + 1` series per selector, so the caller can tell it was cut. */
  async findSeriesForSelectors(
    selectors: readonly { name: string; matchers: Record<string, string> }[],
    limitPerSelector: number,
  ): Promise<MatchedSeries[]> {
    if (selectors.length === 0) return [];
    const rows: { selector: string; id: number; type: StoredMetricType; labels: Record<string, string>; bounds: unknown[] | null }[] =
      await this.dataSource.query(
        `SELECT r.idx - 1 AS selector, s.id, s.type, s.labels, s.bounds
         FROM unnest($1::text[], $2::jsonb[]) WITH ORDINALITY AS r(name, matchers, idx)
         CROSS JOIN LATERAL (SELECT id, type, labels, bounds FROM metric_series
                             WHERE name = r.name AND labels @> r.matchers ORDER BY id LIMIT $3) s`,
        [selectors.map((s) => s.name), selectors.map((s) => JSON.stringify(s.matchers)), limitPerSelector + 1],
      );
    return rows.map((r) => ({ ...r, selector: Number(r.selector), bounds: r.bounds?.map(Number) ?? null }));
  }

  /** Samples in (since, until] per series, oldest first. */
  async findSamplesSince(since: ReadonlyMap<number, number>, until: number): Promise<Map<number, RawPoint[]>> {
    const result = new Map<number, RawPoint[]>();
    if (since.size === 0) return result;
    const ids = [...since.keys()];
    const rows: { series_id: number; ts: Date; value: unknown; buckets: unknown[] | null }[] = await this.dataSource.query(
      `SELECT m.series_id, m.ts, m.value, m.buckets
       FROM unnest($1::int[], $2::timestamptz[]) AS q(id, since)
       JOIN metric_samples m ON m.series_id = q.id AND m.ts > q.since AND m.ts <= $3
       ORDER BY m.series_id, m.ts`,
      [ids, ids.map((id) => new Date(since.get(id)!)), new Date(until)],
    );
    for (const row of rows) {
      let points = result.get(row.series_id);
      if (!points) result.set(row.series_id, (points = []));
      points.push({ ts: new Date(row.ts).getTime(), value: Number(row.value), buckets: row.buckets ? row.buckets.map(Number) : null });
    }
    return result;
  }
}
