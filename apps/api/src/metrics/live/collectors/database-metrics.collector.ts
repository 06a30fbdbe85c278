import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type AfterQueryEvent, type EntitySubscriberInterface } from 'typeorm';
import { Clock } from '../../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { LiveMetrics } from '../live-metrics.js';
import { bindCollect } from '../../../common/metrics/metric-factory.js';
import { SlowQueryLog } from './slow-query-log.js';
import { operationOf } from './sql-statement.js';

/** The counters of a `pg` Pool, which TypeORM's postgres driver keeps as `driver.master`. */
export interface PoolCounters {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

function isPoolCounters(value: unknown): value is PoolCounters {
  if (typeof value !== 'object' || value === null) return false;
  const pool = value as Record<string, unknown>;
  return ['totalCount', 'idleCount', 'waitingCount'].every((key) => typeof pool[key] === 'number');
}

/** The driver's pool when it is a `pg` Pool; TypeORM types it loosely, so check the shape. */
export function poolOf(dataSource: Pick<DataSource, 'driver'>): PoolCounters | undefined {
  const driver: object = dataSource.driver;
  const master: unknown = 'master' in driver ? driver.master : undefined;
  return isPoolCounters(master) ? master : undefined;
}

type QueryOutcome = Pick<AfterQueryEvent, 'query' | 'success' | 'executionTime'>;

/**
 * Query timing through TypeORM's `afterQuery` broadcast, a slow-query log, and pool
 * gauges read at scrape time. Only statements over the threshold are normalised, so a
 * fast query costs a keyword match and one histogram observation.
 */
@Injectable()
export class DatabaseMetricsCollector implements OnModuleInit, OnModuleDestroy {
  private readonly subscriber: EntitySubscriberInterface = { afterQuery: (event) => this.record(event) };
  private unbinders: (() => void)[] = [];

  constructor(
    private readonly metrics: LiveMetrics,
    private readonly dataSource: DataSource,
    private readonly slowQueries: SlowQueryLog,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this.subscriber);
    const m = this.metrics.database;
    const pool = () => poolOf(this.dataSource);
    this.unbinders = [
      bindCollect(m.poolConnections, () => m.poolConnections.set(pool()?.totalCount ?? 0)),
      bindCollect(m.poolIdle, () => m.poolIdle.set(pool()?.idleCount ?? 0)),
      bindCollect(m.poolWaiting, () => m.poolWaiting.set(pool()?.waitingCount ?? 0)),
      bindCollect(m.poolMax, () => m.poolMax.set(this.config.database.poolSize)),
    ];
  }

  onModuleDestroy(): void {
    const index = this.dataSource.subscribers.indexOf(this.subscriber);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
    for (const unbind of this.unbinders) unbind();
  }

  record(event: QueryOutcome): void {
    const operation = operationOf(event.query);
    const m = this.metrics.database;
    if (!event.success) {
      m.queryErrors.inc({ operation });
      return;
    }
    // TypeORM leaves the time out only when a query fails, but the type allows it.
    if (event.executionTime === undefined) return;
    m.queryDuration.observe({ operation }, event.executionTime / 1_000);
    if (this.slowQueries.isSlow(event.executionTime)) {
      m.slowQueries.inc({ operation });
      this.slowQueries.record(event.query, event.executionTime, this.clock.now());
    }
  }
}
