import { Registry } from 'prom-client';
import { resolveVigilOptions } from '../options/resolve-options.js';
import type { QueryTimingSource } from '../options/vigil-options.js';
import { DB_CLIENT_DURATION, QueryTiming, type AfterQueryEvent, type QueryEvent } from './query-timing.js';

interface Subscriber {
  beforeQuery(event: QueryEvent): void;
  afterQuery(event: AfterQueryEvent): void;
}

function setUp(source: QueryTimingSource) {
  const registry = new Registry();
  const timing = new QueryTiming(registry, resolveVigilOptions({ service: 'orders', dataSource: source }));
  timing.onModuleInit();
  const counts = async () => {
    const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === DB_CLIENT_DURATION);
    return metric?.values.filter((v) => (v as { metricName?: string }).metricName === `${DB_CLIENT_DURATION}_count`);
  };
  return { counts, subscriber: source.subscribers[0] as Subscriber | undefined };
}

describe('QueryTiming', () => {
  it('times each query of the DataSource by system and operation, and names the error of a failed one', async () => {
    const source: QueryTimingSource = { isInitialized: true, options: { type: 'postgres' }, subscribers: [] };
    const { counts, subscriber } = setUp(source);
    const runner = {};
    subscriber?.beforeQuery({ queryRunner: runner, query: 'SELECT 1' });
    subscriber?.afterQuery({ queryRunner: runner, query: 'SELECT 1', success: true, executionTime: 1 });
    subscriber?.beforeQuery({ queryRunner: runner, query: 'insert into t values ($1)' });
    subscriber?.afterQuery({ queryRunner: runner, query: 'insert into t values ($1)', success: false, error: { code: '23505' } });
    expect(await counts()).toEqual([
      expect.objectContaining({ labels: { db_system_name: 'postgresql', db_operation_name: 'SELECT' }, value: 1 }),
      expect.objectContaining({ labels: { db_system_name: 'postgresql', db_operation_name: 'INSERT', error_type: '23505' }, value: 1 }),
    ]);
  });

  it('subscribes to nothing when the DataSource is not initialised yet', () => {
    const source: QueryTimingSource = { isInitialized: false, options: { type: 'postgres' }, subscribers: [] };
    expect(setUp(source).subscriber).toBeUndefined();
  });
});
