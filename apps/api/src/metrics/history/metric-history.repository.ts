import { Injectable } from '@nestjs/common';
import type { MetricResolution, StoredMetricType } from '@vigil/types';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { deleteInBatches } from '../../common/database/delete-in-batches.js';
import type { RawPoint, RollupRow } from './rollup-calculator.js';
import { labelKey, type SeriesSample } from './registry-snapshot.js';

export interface SeriesRow {
  id: number;
  name: string;
  type: StoredMetricType;
  labels: Record<string, string>;
  bounds: number[] | null;
}

export type RollupResolution = Exclude<MetricResolution, 'raw'>;

/** `{1,2,3}`: an array literal, so a batch of arrays can travel as one text[] parameter. */
const arrayLiteral = (values: number[] | null) => (values ? `{${values.join(',')}}` : null);
/** pg returns float8[] elements as strings. */
const toSeriesRow = (r: SeriesRow): SeriesRow => ({ ...r, bounds: r.bounds?.map(Number) ?? null });
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** About 30 MB at most: 200,000 keys of a name and a few labels, with their ids. */
export const SERIES_ID_CACHE_SIZE = 200_000;

/**
 * Every query on metric_series, metric_samples, metric_rollups and
 * metric_rollup_progress. Bulk paths pass column arrays through `unnest`, so a batch
 * of any size is one statement.
 */
@Injectable()
export class MetricHistoryRepository {
  /**
   * name + labels → series id; series are never renamed, so entries never go stale (the
   * prune of orphan series clears it). Least recently used entries go past
   * SERIES_ID_CACHE_SIZE: scraped targets bring series without end, and a series
   * that falls out is found again by the same upsert that creates one.
   */
  private readonly seriesIds = new LRUCache<string, number>({ max: SERIES_ID_CACHE_SIZE });

  constructor(private readonly dataSource: DataSource) {}

  /** Ids for these series (same order), creating the missing ones in one statement. */
  async resolveSeriesIds(samples: readonly SeriesSample[], seenAt: Date): Promise<number[]> {
    const keyOf = (s: SeriesSample) => `${s.name}\u0000${labelKey(s.labels)}`;
    // This batch's ids, apart from the cache: a batch larger than the cache must not lose its own.
    const ids = new Map<string, number>();
    const missing = new Map<string, SeriesSample>();
    for (const sample of samples) {
      const key = keyOf(sample);
      const cached = this.seriesIds.get(key);
      if (cached !== undefined) ids.set(key, cached);
      else missing.set(key, sample);
    }
    if (missing.size > 0) {
      const rows = [...missing.values()];
      const created: { id: number; name: string; labels: Record<string, string> }[] = await this.dataSource.query(
        `INSERT INTO metric_series (name, type, help, labels, bounds, last_seen_at)
         SELECT n, t, h, l, b::float8[], $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[]) AS u(n, t, h, l, b)
         ON CONFLICT (name, labels) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at
         RETURNING id, name, labels`,
        [
          rows.map((r) => r.name),
          rows.map((r) => r.type),
          rows.map((r) => r.help),
          rows.map((r) => JSON.stringify(r.labels)),
          rows.map((r) => arrayLiteral(r.bounds)),
          seenAt,
        ],
      );
      for (const row of created) {
        const key = `${row.name}\u0000${labelKey(row.labels)}`;
        ids.set(key, row.id);
        this.seriesIds.set(key, row.id);
      }
    }
    return samples.map((s) => ids.get(keyOf(s)) ?? -1);
  }

  /** Distinct names of the stored series with this help text. */
  async namesWithHelp(help: string): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query('SELECT DISTINCT name FROM metric_series WHERE help = $1', [help]);
    return rows.map((row) => row.name);
  }

  async touchSeries(ids: readonly number[], seenAt: Date): Promise<void> {
    await this.dataSource.query('UPDATE metric_series SET last_seen_at = $2 WHERE id = ANY($1::int[])', [ids, seenAt]);
  }

  async insertSamples(
    rows: readonly { seriesId: number; ts: Date; value: number; buckets: number[] | null }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO metric_samples (series_id, ts, value, buckets)
       SELECT s, t, v, b::float8[] FROM unnest($1::int[], $2::timestamptz[], $3::float8[], $4::text[]) AS u(s, t, v, b)`,
      [rows.map((r) => r.seriesId), rows.map((r) => r.ts), rows.map((r) => r.value), rows.map((r) => arrayLiteral(r.buckets))],
    );
  }

  /** Series of `name` whose labels contain every matcher pair. */
  async findSeries(name: string, matchers: Record<string, string>, limit: number): Promise<SeriesRow[]> {
    const rows: SeriesRow[] = await this.dataSource.query(
      `SELECT id, name, type, labels, bounds FROM metric_series
       WHERE name = $1 AND labels @> $2::jsonb ORDER BY id LIMIT $3`,
      [name, JSON.stringify(matchers), limit],
    );
    return rows.map(toSeriesRow);
  }

  /** Raw points in [from, to) per series, each with the last point before `from`. */
  async findRaw(seriesIds: readonly number[], from: Date, to: Date): Promise<Map<number, { previous?: RawPoint; points: RawPoint[] }>> {
    const result = new Map<number, { previous?: RawPoint; points: RawPoint[] }>();
    for (const id of seriesIds) result.set(id, { points: [] });
    const toPoint = (r: { ts: Date; value: unknown; buckets: unknown[] | null }): RawPoint => ({
      ts: new Date(r.ts).getTime(),
      value: Number(r.value),
      buckets: r.buckets ? r.buckets.map(Number) : null,
    });
    const previous: { series_id: number; ts: Date; value: unknown; buckets: unknown[] | null }[] = await this.dataSource.query(
      `SELECT p.series_id, p.ts, p.value, p.buckets FROM unnest($1::int[]) AS s(id)
       CROSS JOIN LATERAL (SELECT series_id, ts, value, buckets FROM metric_samples
                           WHERE series_id = s.id AND ts < $2 ORDER BY ts DESC LIMIT 1) p`,
      [seriesIds, from],
    );
    for (const row of previous) result.get(row.series_id)!.previous = toPoint(row);
    const rows: { series_id: number; ts: Date; value: unknown; buckets: unknown[] | null }[] = await this.dataSource.query(
      `SELECT series_id, ts, value, buckets FROM metric_samples
       WHERE series_id = ANY($1::int[]) AND ts >= $2 AND ts < $3 ORDER BY series_id, ts`,
      [seriesIds, from, to],
    );
    for (const row of rows) result.get(row.series_id)!.points.push(toPoint(row));
    return result;
  }

  async findRollups(seriesIds: readonly number[], resolution: RollupResolution, from: Date, to: Date): Promise<Map<number, RollupRow[]>> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT series_id, bucket_start, min, max, sum, count, last, increase, buckets, p50, p95, p99
       FROM metric_rollups WHERE series_id = ANY($1::int[]) AND resolution = $2
       AND bucket_start >= $3 AND bucket_start < $4 ORDER BY series_id, bucket_start`,
      [seriesIds, resolution, from, to],
    );
    const result = new Map<number, RollupRow[]>(seriesIds.map((id) => [id, []]));
    for (const r of rows) {
      result.get(Number(r.series_id))!.push({
        bucketStart: new Date(r.bucket_start as string).getTime(),
        min: Number(r.min),
        max: Number(r.max),
        sum: Number(r.sum),
        count: Number(r.count),
        last: Number(r.last),
        increase: num(r.increase),
        buckets: Array.isArray(r.buckets) ? r.buckets.map(Number) : null,
        p50: num(r.p50),
        p95: num(r.p95),
        p99: num(r.p99),
      });
    }
    return result;
  }

  async upsertRollups(resolution: RollupResolution, rows: readonly (RollupRow & { seriesId: number })[]): Promise<void> {
    if (rows.length === 0) return;
    const col = <T>(pick: (r: RollupRow & { seriesId: number }) => T) => rows.map(pick);
    await this.dataSource.query(
      `INSERT INTO metric_rollups (series_id, resolution, bucket_start, min, max, sum, count, last, increase, buckets, p50, p95, p99)
       SELECT s, $1, t, mn, mx, sm, c, l, i, b::float8[], q50, q95, q99
       FROM unnest($2::int[], $3::timestamptz[], $4::float8[], $5::float8[], $6::float8[], $7::int[], $8::float8[],
                   $9::float8[], $10::text[], $11::float8[], $12::float8[], $13::float8[])
            AS u(s, t, mn, mx, sm, c, l, i, b, q50, q95, q99)
       ON CONFLICT (series_id, resolution, bucket_start) DO UPDATE SET
         min = EXCLUDED.min, max = EXCLUDED.max, sum = EXCLUDED.sum, count = EXCLUDED.count, last = EXCLUDED.last,
         increase = EXCLUDED.increase, buckets = EXCLUDED.buckets, p50 = EXCLUDED.p50, p95 = EXCLUDED.p95, p99 = EXCLUDED.p99`,
      [
        resolution,
        col((r) => r.seriesId),
        col((r) => new Date(r.bucketStart)),
        col((r) => r.min),
        col((r) => r.max),
        col((r) => r.sum),
        col((r) => r.count),
        col((r) => r.last),
        col((r) => r.increase),
        col((r) => arrayLiteral(r.buckets)),
        col((r) => r.p50),
        col((r) => r.p95),
        col((r) => r.p99),
      ],
    );
  }

  /** Series ids (with shape) that have raw samples in [from, to). */
  async seriesWithRaw(from: Date, to: Date): Promise<SeriesRow[]> {
    const rows: SeriesRow[] = await this.dataSource.query(
      `SELECT id, name, type, labels, bounds FROM metric_series s
       WHERE EXISTS (SELECT 1 FROM metric_samples m WHERE m.series_id = s.id AND m.ts >= $1 AND m.ts < $2)`,
      [from, to],
    );
    return rows.map(toSeriesRow);
  }

  async seriesWithRollups(resolution: RollupResolution, from: Date, to: Date): Promise<SeriesRow[]> {
    const rows: SeriesRow[] = await this.dataSource.query(
      `SELECT id, name, type, labels, bounds FROM metric_series s
       WHERE EXISTS (SELECT 1 FROM metric_rollups r WHERE r.series_id = s.id AND r.resolution = $1
                     AND r.bucket_start >= $2 AND r.bucket_start < $3)`,
      [resolution, from, to],
    );
    return rows.map(toSeriesRow);
  }

  async earliestRaw(): Promise<Date | null> {
    const [row] = await this.dataSource.query('SELECT min(ts) AS ts FROM metric_samples');
    return row?.ts ? new Date(row.ts) : null;
  }

  async earliestRollup(resolution: RollupResolution): Promise<Date | null> {
    const [row] = await this.dataSource.query('SELECT min(bucket_start) AS ts FROM metric_rollups WHERE resolution = $1', [resolution]);
    return row?.ts ? new Date(row.ts) : null;
  }

  async rolledUntil(resolution: RollupResolution): Promise<Date | null> {
    const [row] = await this.dataSource.query('SELECT rolled_until FROM metric_rollup_progress WHERE resolution = $1', [resolution]);
    return row ? new Date(row.rolled_until) : null;
  }

  async setRolledUntil(resolution: RollupResolution, until: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO metric_rollup_progress (resolution, rolled_until) VALUES ($1, $2)
       ON CONFLICT (resolution) DO UPDATE SET rolled_until = EXCLUDED.rolled_until`,
      [resolution, until],
    );
  }

  /**
   * Deletes raw samples older than `before`, at most `batch` rows per statement: one
   * huge DELETE would hold its locks (and on the embedded database, the only
   * connection) for as long as it runs. Returns how many rows went.
   */
  async pruneSamples(before: Date, batch: number): Promise<number> {
    return deleteInBatches(
      this.dataSource,
      `DELETE FROM metric_samples WHERE ctid IN (SELECT ctid FROM metric_samples WHERE ts < $1 LIMIT $2)`,
      [before, batch],
    );
  }

  /** As pruneSamples, for one resolution's rollups. */
  async pruneRollups(resolution: RollupResolution, before: Date, batch: number): Promise<number> {
    return deleteInBatches(
      this.dataSource,
      `DELETE FROM metric_rollups WHERE ctid IN (SELECT ctid FROM metric_rollups
       WHERE resolution = $3 AND bucket_start < $1 LIMIT $2)`,
      [before, batch, resolution],
    );
  }

  /** Series not seen since `before` that have nothing stored any more. */
  async pruneOrphanSeries(before: Date): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM metric_series s WHERE s.last_seen_at < $1
       AND NOT EXISTS (SELECT 1 FROM metric_samples m WHERE m.series_id = s.id)
       AND NOT EXISTS (SELECT 1 FROM metric_rollups r WHERE r.series_id = s.id)`,
      [before],
    );
    this.seriesIds.clear();
    return Number(count ?? 0);
  }

  async catalog(): Promise<{ name: string; type: StoredMetricType; help: string; labelKeys: string[] }[]> {
    return this.dataSource.query(
      `SELECT s.name, min(s.type) AS type, min(s.help) AS help,
              coalesce(array_agg(DISTINCT k) FILTER (WHERE k IS NOT NULL), '{}') AS "labelKeys"
       FROM metric_series s LEFT JOIN LATERAL jsonb_object_keys(s.labels) AS k ON true
       GROUP BY s.name ORDER BY s.name`,
    );
  }
}
