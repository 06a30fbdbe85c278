import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { ManualClock } from '../../../common/clock.js';
import { loadConfig } from '../../../config/app-config.js';
import { LiveMetrics } from '../live-metrics.js';
import { DatabaseMetricsCollector, poolOf } from './database-metrics.collector.js';
import { SlowQueryLog } from './slow-query-log.js';

function fakeDataSource(master: unknown): DataSource {
  return { driver: { master }, subscribers: [] } as unknown as DataSource;
}

describe('poolOf', () => {
  it('returns the pool when it has pg counters, and nothing otherwise', () => {
    const pool = { totalCount: 3, idleCount: 1, waitingCount: 0, options: {} };
    expect(poolOf(fakeDataSource(pool))).toBe(pool);
    expect(poolOf(fakeDataSource(undefined))).toBeUndefined();
    expect(poolOf(fakeDataSource({ totalCount: '3' }))).toBeUndefined();
  });
});

describe('DatabaseMetricsCollector', () => {
  let registry: Registry;
  let dataSource: DataSource;
  let clock: ManualClock;
  let slowQueries: SlowQueryLog;
  let collector: DatabaseMetricsCollector;

  const valuesOf = async (name: string) => (await registry.getSingleMetric(name)?.get())?.values ?? [];

  beforeEach(() => {
    registry = new Registry();
    dataSource = fakeDataSource({ totalCount: 4, idleCount: 3, waitingCount: 2 });
    clock = new ManualClock(Date.UTC(2026, 0, 1));
    collector = new DatabaseMetricsCollector(
      new LiveMetrics(registry),
      dataSource,
      (slowQueries = new SlowQueryLog(200, 50)),
      clock,
      loadConfig({ DB_POOL_SIZE: '12' }),
    );
    collector.onModuleInit();
  });
  afterEach(() => collector.onModuleDestroy());

  describe('onModuleInit', () => {
    it('subscribes to the data source, and unsubscribes on destroy', () => {
      expect(dataSource.subscribers).toHaveLength(1);
      collector.onModuleDestroy();
      expect(dataSource.subscribers).toHaveLength(0);
    });

    it('exposes pool gauges read at scrape time', async () => {
      expect((await valuesOf('vigil_db_pool_connections'))[0]?.value).toBe(4);
      expect((await valuesOf('vigil_db_pool_idle_connections'))[0]?.value).toBe(3);
      expect((await valuesOf('vigil_db_pool_waiting_clients'))[0]?.value).toBe(2);
      expect((await valuesOf('vigil_db_pool_max_connections'))[0]?.value).toBe(12);
    });
  });

  describe('afterQuery', () => {
    const afterQuery = (query: string, executionTime: number | undefined, success = true) =>
      dataSource.subscribers[0]?.afterQuery?.({ query, executionTime, success } as never);

    it('observes durations by operation in seconds and counts failures', async () => {
      afterQuery('SELECT 1', 4);
      afterQuery('insert into t values ($1)', 30);
      afterQuery('UPDATE t SET a = 1', undefined, false);
      const counts = (await valuesOf('vigil_db_query_duration_seconds'))
        .filter((v) => (v as { metricName?: string }).metricName === 'vigil_db_query_duration_seconds_sum')
        .map((v) => [v.labels.operation, v.value]);
      expect(counts).toEqual([
        ['SELECT', 0.004],
        ['INSERT', 0.03],
      ]);
      expect(await valuesOf('vigil_db_query_errors_total')).toEqual([{ labels: { operation: 'UPDATE' }, value: 1 }]);
    });

    it('logs statements at or over the threshold, normalised, and counts them', async () => {
      afterQuery('SELECT * FROM t WHERE id = $1', 199);
      afterQuery('SELECT * FROM t WHERE id = $1', 200);
      clock.advance(5_000);
      afterQuery('SELECT * FROM t WHERE id = 9', 400);
      expect(slowQueries.report().entries).toEqual([
        {
          statement: 'SELECT * FROM t WHERE id = ?',
          operation: 'SELECT',
          count: 2,
          maxMs: 400,
          meanMs: 300,
          lastSeenAt: '2026-01-01T00:00:05.000Z',
        },
      ]);
      expect(await valuesOf('vigil_db_slow_queries_total')).toEqual([{ labels: { operation: 'SELECT' }, value: 2 }]);
    });
  });
});
