import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { SettingEntity } from '../settings/entities/setting.entity.js';
import { CreateMonitoringConfig1763798400000 } from './migrations/1763798400000-CreateMonitoringConfig.js';
import { ProfilingSessionEntity } from '../profiler/entities/profiling-session.entity.js';
import { CreateMetricsHistory1763799000000 } from './migrations/1763799000000-CreateMetricsHistory.js';
import { CreateProfilingSessions1763800000000 } from './migrations/1763800000000-CreateProfilingSessions.js';
import { HealthCheckEntity } from '../health/entities/health-check.entity.js';
import { CreateHealthChecks1763801000000 } from './migrations/1763801000000-CreateHealthChecks.js';
import { CreateAlerting1764590000000 } from './migrations/1764590000000-CreateAlerting.js';
import { CreateScaling1764600000000 } from './migrations/1764600000000-CreateScaling.js';
import { AddScalingPolicyWorkload1764610000000 } from './migrations/1764610000000-AddScalingPolicyWorkload.js';
import { CreateScrapeTargets1764620000000 } from './migrations/1764620000000-CreateScrapeTargets.js';
import { AddRemoteProfilingSessions1764630000000 } from './migrations/1764630000000-AddRemoteProfilingSessions.js';

/** Every entity, listed explicitly so builds never depend on file globs. */
export const ENTITIES = [SettingEntity, ProfilingSessionEntity, HealthCheckEntity];

/** Every migration, oldest first. */
export const MIGRATIONS = [
  CreateMonitoringConfig1763798400000,
  CreateMetricsHistory1763799000000,
  CreateProfilingSessions1763800000000,
  CreateHealthChecks1763801000000,
  CreateAlerting1764590000000,
  CreateScaling1764600000000,
  AddScalingPolicyWorkload1764610000000,
  CreateScrapeTargets1764620000000,
  AddRemoteProfilingSessions1764630000000,
];

export const MIGRATIONS_TABLE = 'vigil_migrations';

export function buildDataSourceOptions(
  database: AppConfig['database'],
  url: string,
  applicationName: string,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    // Schema changes only ever come from migrations (run at boot by MigrationRunner).
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    poolSize: database.poolSize,
    connectTimeoutMS: database.connectTimeoutMs,
    applicationName,
    extra: {
      // Server-side limit; query_timeout is the client-side one, which also bounds
      // the embedded server (it ignores cancel requests and startup parameters).
      statement_timeout: database.statementTimeoutMs,
      query_timeout: database.statementTimeoutMs + 1_000,
      idleTimeoutMillis: 30_000,
    },
  };
}
