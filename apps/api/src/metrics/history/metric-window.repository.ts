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

  /**
   * Up to `limitPerSelector + 1` series per selector, so the caller can tell it was cut.
   * The series of each named metric are read once and matched here: a thousand
   * selectors on one metric would otherwise test every series' labels a thousand times.
   */
  async findSeriesForSelectors(
    selectors: readonly { name: string; matchers: Record<string, string> }[],
    limitPerSelector: number,
  ): Promise<MatchedSeries[]> {
    if (selectors.length === 0) return [];
    const rows: { id: number; name: string; type: StoredMetricType; labels: Record<string, string>; bounds: unknown[] | null }[] =
      await this.dataSource.query(
        'SELECT id, name, type, labels, bounds FROM metric_series WHERE name = ANY($1::text[]) ORDER BY id',
        [[...new Set(selectors.map((s) => s.name))]],
      );
    const index = new SeriesIndex(rows.map((r) => ({ ...r, bounds: r.bounds?.map(Number) ?? null })));
    return selectors.flatMap((selector, i) =>
      index.matching(selector.name, selector.matchers, limitPerSelector + 1).map((series) => ({ ...series, selector: i })),
    );
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

type SeriesShapeRow = Omit<MatchedSeries, 'selector'> & { name: string };

/** Series of some metrics, looked up by name and one label pair without rescanning. */
class SeriesIndex {
  private readonly byName = new Map<string, SeriesShapeRow[]>();
  private readonly byPair = new Map<string, Map<string, SeriesShapeRow[]>>();

  constructor(rows: readonly SeriesShapeRow[]) {
    for (const row of rows) {
      let list = this.byName.get(row.name);
      if (!list) this.byName.set(row.name, (list = []));
      list.push(row);
    }
  }

  /** Series of `name` whose labels hold every matcher, in id order, at most `limit`. */
  matching(name: string, matchers: Record<string, string>, limit: number): SeriesShapeRow[] {
    const entries = Object.entries(matchers);
    const first = entries[0];
    const candidates = first ? (this.pairs(name, first[0]).get(first[1]) ?? []) : (this.byName.get(name) ?? []);
    const result: SeriesShapeRow[] = [];
    for (const series of candidates) {
      if (entries.every(([k, v]) => series.labels[k] === v)) result.push(series);
      if (result.length >= limit) break;
    }
    return result;
  }

  private pairs(name: string, key: string): Map<string, SeriesShapeRow[]> {
    const id = `${name}\u0000${key}`;
    let byValue = this.byPair.get(id);
    if (!byValue) {
      byValue = new Map();
      for (const series of this.byName.get(name) ?? []) {
        const value = series.labels[key];
        if (value === undefined) continue;
        let list = byValue.get(value);
        if (!list) byValue.set(value, (list = []));
        list.push(series);
      }
      this.byPair.set(id, byValue);
    }
    return byValue;
  }
}
