/**
 * `npm run migration:run -w apps/api`: applies pending migrations to the configured
 * database (or the embedded one under DATA_DIR) and exits.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { DatabaseEndpoint } from './database-endpoint.js';
import { runMigrations } from './migration-runner.js';

const config = loadConfig();
const endpoint = await DatabaseEndpoint.open(config.database);
const dataSource = await new DataSource(
  buildDataSourceOptions(config.database, endpoint.url, 'vigil-migrate'),
).initialize();
try {
  const applied = await runMigrations(dataSource);
  console.log(
    applied.length === 0
      ? 'No pending migrations.'
      : `Applied: ${applied.map((m) => m.name).join(', ')}`,
  );
} finally {
  await dataSource.destroy();
  await endpoint.onApplicationShutdown();
}
