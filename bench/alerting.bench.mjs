// Alerting: one evaluation cycle of 1,000 threshold rules over stored samples, beside a
// baseline of reading the same samples with plain pg in the same run; and the latency
// from a rule firing to a webhook receiver on loopback getting the notification. On
// the embedded database and, when BENCH_DATABASE_URL is set, on real PostgreSQL.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { onEachDatabase, printTable, root } from './lib.mjs';

const dist = (path) => import(join(root, 'apps/api/dist', path));
const { loadConfig } = await dist('config/app-config.js');
const { createApp } = await dist('create-app.js');
const { ManualClock } = await dist('common/clock.js');
const { MetricHistoryRepository } = await dist('metrics/history/metric-history.repository.js');
const { AlertEvaluator } = await dist('alerts/evaluation/alert-evaluator.service.js');
const { DeliveryWorker } = await dist('alerts/notifications/delivery-worker.service.js');
const { AlertRulesService } = await dist('alerts/rules/alert-rules.service.js');
const { ChannelsService } = await dist('alerts/notifications/channels.service.js');

const RULES = 1_000;
const POINTS = 20; // 5 minutes at 15 s
const ROUNDS = 10;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = async (fn) => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** A webhook receiver that resolves `next()` with the arrival time of each POST. */
async function receiver() {
  const waiting = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.end('ok');
      waiting.shift()?.(process.hrtime.bigint());
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hook`,
    next: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function bench(label, url) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-bench-alerts-'));
  const now = Date.now();
  const clock = new ManualClock(now);
  const config = loadConfig({
    ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'production', SHUTDOWN_DRAIN_MS: '0',
    SCHEDULED_JOBS_ENABLED: 'false', ALERT_SEED_DEFAULT_RULES: 'false', ALERT_GROUP_WAIT_MS: '0', ALERT_MAX_RULES: '100000',
  });
  const app = await createApp(config, { clock });
  await app.init();
  const rows = [];
  try {
    // A bench database starts empty each run, so figures never count an earlier run's rules.
    await app.get(DataSource).query(
      'TRUNCATE alert_rules, alerts, alert_events, notification_channels, notification_groups, notification_deliveries, metric_samples, metric_series CASCADE',
    );
    const metric = `bench_queue_${now}`;
    // One series per rule, 20 samples each; every tenth series breaches.
    const repository = app.get(MetricHistoryRepository);
    const series = Array.from({ length: RULES }, (_, i) => ({
      name: metric, type: 'gauge', help: '', labels: { instance: 'bench', n: String(i) }, value: 0, bounds: null, buckets: null,
    }));
    const ids = await repository.resolveSeriesIds(series, new Date(now));
    const samples = [];
    for (let p = 0; p < POINTS; p++) {
      ids.forEach((seriesId, i) => samples.push({ seriesId, ts: new Date(now - (POINTS - p) * 15_000 + 1), value: i % 10 === 0 ? 100 : 1, buckets: null }));
    }
    await repository.insertSamples(samples);
    const rules = app.get(AlertRulesService);
    for (let i = 0; i < RULES; i++) {
      await rules.create({
        name: `BenchQueue${now}_${i}`, query: { metric, matchers: { n: String(i) }, aggregation: 'max', window: '1m' },
        comparator: '>', threshold: 50, for: '0s', severity: 'warning',
      });
    }
    const evaluator = app.get(AlertEvaluator);
    const first = await time(() => evaluator.evaluate());
    const cycles = [];
    let summary;
    for (let r = 0; r < ROUNDS; r++) cycles.push(await time(async () => (summary = await evaluator.evaluate())));

    // Baseline: the samples those rules read (the last 1m45s of all series), with plain pg.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const since = new Date(now - 105_000);
    const baselines = [];
    for (let r = 0; r < ROUNDS; r++) {
      baselines.push(await time(() => client.query('SELECT series_id, ts, value FROM metric_samples WHERE series_id = ANY($1::int[]) AND ts > $2', [ids, since])));
    }
    await client.end();
    rows.push({ database: label, measure: `first evaluation, ${RULES} rules (opens ${RULES / 10} firing alerts)`, value: `${first.toFixed(1)} ms`, baseline: '', ratio: '' });
    rows.push({
      database: label, measure: `steady evaluation cycle, ${RULES} rules, median of ${ROUNDS}`, value: `${median(cycles).toFixed(1)} ms`,
      baseline: `${median(baselines).toFixed(1)} ms (plain SELECT of the ${RULES * 7} samples read)`, ratio: (median(cycles) / median(baselines)).toFixed(1),
    });
    if (summary.rules !== RULES) throw new Error(`evaluated ${summary.rules} rules`);

    // Firing → webhook: a breaching rule (for 0s), one evaluation, then the delivery job.
    const hook = await receiver();
    const channel = await app.get(ChannelsService).create({ name: `bench-${now}`, type: 'webhook', config: { url: hook.url } });
    const worker = app.get(DeliveryWorker);
    const latencies = [];
    for (let r = 0; r < ROUNDS; r++) {
      const name = `bench_fire_${now}_${r}`;
      const [id] = await repository.resolveSeriesIds([{ ...series[0], name }], clock.now());
      await repository.insertSamples([{ seriesId: id, ts: clock.now(), value: 100, buckets: null }]);
      await rules.create({ name: `BenchFire${now}_${r}`, query: { metric: name, aggregation: 'last', window: '1m' }, comparator: '>', threshold: 50, for: '0s', severity: 'critical', channelIds: [channel.id] });
      const arrived = hook.next();
      const start = process.hrtime.bigint();
      await evaluator.evaluate();
      await worker.deliverDue();
      latencies.push(Number((await arrived) - start) / 1e6);
    }
    await hook.close();
    rows.push({ database: label, measure: `rule firing → webhook received (evaluate + deliver), median of ${ROUNDS}`, value: `${median(latencies).toFixed(1)} ms`, baseline: `${median(cycles).toFixed(1)} ms (the evaluation alone)`, ratio: '' });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

printTable(await onEachDatabase(bench));
