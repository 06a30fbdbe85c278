// Metric history: snapshot ingestion rate and a 24h query over one million raw samples,
// on the embedded database and, when BENCH_DATABASE_URL is set, on real PostgreSQL.
// Each figure sits beside a baseline measured in the same run on the same database.
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { onEachDatabase, printTable, root } from './lib.mjs';

const dist = (path) => import(join(root, 'apps/api/dist', path));
const { loadConfig } = await dist('config/app-config.js');
const { buildDataSourceOptions } = await dist('database/data-source-options.js');
const { runMigrations } = await dist('database/migration-runner.js');
const { MetricHistoryRepository } = await dist('metrics/history/metric-history.repository.js');
const { MetricQueryService } = await dist('metrics/history/metric-query.service.js');
const { RollupService } = await dist('metrics/history/rollup.service.js');
const { ManualClock } = await dist('common/clock.js');

const SERIES = 2_000;
const TICKS = 50;
const QUERY_SERIES = 174; // × 5,760 ticks (24 h at 15 s) ≈ one million samples
const DAY_TICKS = 5_760;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = async (fn) => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

async function bench(label, url) {
  const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const dataSource = await new DataSource(buildDataSourceOptions(config.database, url, 'vigil-bench')).initialize();
  await runMigrations(dataSource);
  await dataSource.query('TRUNCATE metric_samples, metric_rollups, metric_rollup_progress, metric_series');
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const clock = new ManualClock(now);
  const repository = new MetricHistoryRepository(dataSource);
  const rows = [];

  // Ingestion: what one snapshot tick does, TICKS times over SERIES series.
  const samples = Array.from({ length: SERIES }, (_, i) => ({
    name: 'bench_gauge', type: 'gauge', help: '', labels: { instance: 'bench', n: String(i) }, value: i, bounds: null, buckets: null,
  }));
  const ingestMs = await time(async () => {
    for (let t = 0; t < TICKS; t++) {
      const ts = new Date(now - (TICKS - t) * 15_000);
      const ids = await repository.resolveSeriesIds(samples, ts);
      await repository.insertSamples(ids.map((id, i) => ({ seriesId: id, ts, value: i + t, buckets: null })));
    }
  });
  // Baseline: the same rows through plain pg, 1,000 per multi-row INSERT.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const baselineMs = await time(async () => {
    for (let t = 0; t < TICKS; t++) {
      for (let offset = 0; offset < SERIES; offset += 1_000) {
        const values = [];
        const params = [];
        for (let i = offset; i < offset + 1_000; i++) {
          params.push(i + 1, new Date(now + t * 15_000), i);
          values.push(`($${params.length - 2}, $${params.length - 1}, $${params.length})`);
        }
        await client.query(`INSERT INTO metric_samples (series_id, ts, value) VALUES ${values.join(',')}`, params);
      }
    }
  });
  const total = SERIES * TICKS;
  rows.push({ database: label, measure: 'snapshot ingestion', value: `${Math.round(total / (ingestMs / 1000))} samples/s`, baseline: `${Math.round(total / (baselineMs / 1000))} samples/s (pg multi-row INSERT)`, ratio: (baselineMs / ingestMs).toFixed(2) });
  await dataSource.query('TRUNCATE metric_samples, metric_series');

  // One million raw samples: QUERY_SERIES series over 24 h at 15 s.
  const daySeries = Array.from({ length: QUERY_SERIES }, (_, i) => ({
    name: 'bench_latency', type: 'gauge', help: '', labels: { instance: 'bench', n: String(i) }, value: 0, bounds: null, buckets: null,
  }));
  const ids = await repository.resolveSeriesIds(daySeries, new Date(now));
  const loadMs = await time(async () => {
    for (let t = 0; t < DAY_TICKS; t += 20) {
      const batch = [];
      for (let k = t; k < Math.min(DAY_TICKS, t + 20); k++) {
        const ts = new Date(now - 86_400_000 + k * 15_000);
        for (const id of ids) batch.push({ seriesId: id, ts, value: Math.sin(k / 100) * 100 + 200, buckets: null });
      }
      await repository.insertSamples(batch);
    }
  });
  const history = { ...config.history, collectIntervalMs: 15_000 };
  const rollupMs = await time(() => new RollupService(repository, clock, { ...config, history }).rollUp());
  const queries = new MetricQueryService(repository, clock, { ...config, history });
  const params = { name: 'bench_latency', labels: 'n=7', from: String(now - 86_400_000), to: String(now), step: '1m', fn: 'avg' };
  await queries.query(params);
  const queryTimes = [];
  for (let i = 0; i < 20; i++) queryTimes.push(await time(() => queries.query(params)));
  const rawTimes = [];
  for (let i = 0; i < 20; i++) {
    rawTimes.push(await time(() => client.query('SELECT ts, value FROM metric_samples WHERE series_id = $1 AND ts >= $2 AND ts < $3 ORDER BY ts', [ids[7], new Date(now - 86_400_000), new Date(now)])));
  }
  const result = await queries.query(params);
  rows.push({ database: label, measure: `load ${QUERY_SERIES * DAY_TICKS} raw samples`, value: `${Math.round(loadMs)} ms`, baseline: '', ratio: '' });
  rows.push({ database: label, measure: 'roll up 24 h (1m→1d)', value: `${Math.round(rollupMs)} ms`, baseline: '', ratio: '' });
  rows.push({ database: label, measure: `query 24 h @1m (${result.resolution}, ${result.series[0].points.length} points), median of 20`, value: `${median(queryTimes).toFixed(1)} ms`, baseline: `${median(rawTimes).toFixed(1)} ms (SELECT of the ${DAY_TICKS} raw rows)`, ratio: (median(rawTimes) / median(queryTimes)).toFixed(2) });
  await client.end();
  await dataSource.query('TRUNCATE metric_samples, metric_rollups, metric_rollup_progress, metric_series');
  await dataSource.destroy();
  return rows;
}

printTable(await onEachDatabase(bench));
