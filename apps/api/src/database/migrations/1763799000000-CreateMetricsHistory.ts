import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Metric history: one row per series (name + labels), raw samples per collection tick,
 * and rollups per resolution. Samples carry no foreign key: the hot insert path stays
 * a plain append, and pruning removes samples before their series.
 */
export class CreateMetricsHistory1763799000000 implements MigrationInterface {
  name = 'CreateMetricsHistory1763799000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE metric_series (
        id           serial PRIMARY KEY,
        name         text NOT NULL,
        type         text NOT NULL CHECK (type IN ('counter', 'gauge', 'histogram')),
        labels       jsonb NOT NULL,
        help         text NOT NULL DEFAULT '',
        -- Histogram bucket upper bounds, +Inf excluded (its count is the sample value).
        bounds       float8[],
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT metric_series_name_labels_key UNIQUE (name, labels)
      )`);
    await queryRunner.query(`
      CREATE TABLE metric_samples (
        series_id integer NOT NULL,
        ts        timestamptz NOT NULL,
        value     float8 NOT NULL,
        -- Histograms: cumulative count per bound, as exposed; value is the total count.
        buckets   float8[]
      )`);
    await queryRunner.query(
      'CREATE INDEX metric_samples_series_ts_idx ON metric_samples (series_id, ts)',
    );
    await queryRunner.query('CREATE INDEX metric_samples_ts_idx ON metric_samples (ts)');
    await queryRunner.query(`
      CREATE TABLE metric_rollups (
        series_id    integer NOT NULL,
        resolution   text NOT NULL CHECK (resolution IN ('1m', '5m', '1h', '1d')),
        bucket_start timestamptz NOT NULL,
        min          float8 NOT NULL,
        max          float8 NOT NULL,
        sum          float8 NOT NULL,
        count        integer NOT NULL,
        last         float8 NOT NULL,
        -- Counters and histograms: the reset-aware increase within the bucket.
        increase     float8,
        -- Histograms: per-bound count increase within the bucket, and its percentiles.
        buckets      float8[],
        p50          float8,
        p95          float8,
        p99          float8,
        CONSTRAINT metric_rollups_pkey PRIMARY KEY (series_id, resolution, bucket_start)
      )`);
    await queryRunner.query(
      'CREATE INDEX metric_rollups_resolution_start_idx ON metric_rollups (resolution, bucket_start)',
    );
    await queryRunner.query(`
      CREATE TABLE metric_rollup_progress (
        resolution   text PRIMARY KEY,
        rolled_until timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE metric_rollup_progress');
    await queryRunner.query('DROP TABLE metric_rollups');
    await queryRunner.query('DROP TABLE metric_samples');
    await queryRunner.query('DROP TABLE metric_series');
  }
}
