import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Histogram, type Registry } from 'prom-client';
import { OTEL_DB_DURATION_BUCKETS } from '../options/defaults.js';
import type { ResolvedVigilOptions } from '../options/resolved-options.js';
import { VIGIL_OPTIONS, VIGIL_REGISTRY } from '../vigil.tokens.js';
import { dbErrorType, dbOperationName, dbSystemName } from './db-operation.js';

/**
 * OpenTelemetry's `db.client.operation.duration` (unit `s`) as Prometheus names it, with
 * `db.system.name`, `db.operation.name` and, for a failed query, `error.type`.
 */
export const DB_CLIENT_DURATION = 'db_client_operation_duration_seconds';
const DB_LABELS = ['db_system_name', 'db_operation_name', 'error_type'] as const;
type DbLabel = (typeof DB_LABELS)[number];

/** The parts of TypeORM's query events this reads. */
export interface QueryEvent {
  queryRunner: object;
  query: string;
}
export interface AfterQueryEvent extends QueryEvent {
  success: boolean;
  /** Milliseconds, on success only. */
  executionTime?: number;
  error?: unknown;
}

/**
 * Times every query of the DataSource given in the options, as a TypeORM subscriber.
 * A query runner runs one query at a time, so the start is kept per runner between
 * `beforeQuery` and `afterQuery`; that also times failed queries, which TypeORM reports
 * without a duration.
 */
@Injectable()
export class QueryTiming implements OnModuleInit {
  private readonly duration: Histogram<DbLabel> | undefined;
  private readonly startedAt = new WeakMap<object, number>();
  private readonly systemName: string;

  constructor(
    @Inject(VIGIL_REGISTRY) registry: Registry,
    @Inject(VIGIL_OPTIONS) private readonly options: ResolvedVigilOptions,
  ) {
    this.systemName = dbSystemName(options.dataSource?.options.type ?? '');
    if (!options.dataSource || !options.metrics) return;
    this.duration = new Histogram({
      name: DB_CLIENT_DURATION,
      help: 'Duration of database client operations.',
      labelNames: DB_LABELS,
      buckets: [...OTEL_DB_DURATION_BUCKETS],
      registers: [registry],
    });
  }

  onModuleInit(): void {
    const source = this.options.dataSource;
    if (!source || !this.duration) return;
    if (!source.isInitialized) {
      // TypeORM rebuilds its subscriber list in initialize(): one added before would be dropped.
      new Logger('Vigil').warn('Query timing is off: the DataSource given to VigilModule is not initialised yet');
      return;
    }
    source.subscribers.push({
      beforeQuery: (event: QueryEvent) => this.beforeQuery(event),
      afterQuery: (event: AfterQueryEvent) => this.afterQuery(event),
    });
  }

  beforeQuery(event: QueryEvent): void {
    this.startedAt.set(event.queryRunner, performance.now());
  }

  afterQuery(event: AfterQueryEvent): void {
    const started = this.startedAt.get(event.queryRunner);
    this.startedAt.delete(event.queryRunner);
    const ms = started !== undefined ? performance.now() - started : event.executionTime;
    if (ms === undefined) return;
    const labels: Partial<Record<DbLabel, string>> = { db_system_name: this.systemName };
    const operation = dbOperationName(event.query);
    if (operation !== undefined) labels.db_operation_name = operation;
    if (!event.success) labels.error_type = dbErrorType(event.error);
    this.duration?.observe(labels, ms / 1_000);
  }
}
