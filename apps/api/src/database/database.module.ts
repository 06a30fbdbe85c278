import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { DatabaseEndpoint } from './database-endpoint.js';
import { DatabaseEndpointModule } from './database-endpoint.module.js';
import { runMigrations } from './migration-runner.js';

const logger = new Logger('Database');

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [DatabaseEndpointModule],
      inject: [APP_CONFIG, DatabaseEndpoint],
      useFactory: (config: AppConfig, endpoint: DatabaseEndpoint) =>
        buildDataSourceOptions(config.database, endpoint.url, `vigil-api ${config.instanceId}`),
      // Migrations run before anything can query, under a lock shared by all replicas.
      dataSourceFactory: async (options?: DataSourceOptions) => {
        if (!options) throw new Error('DataSource options are missing');
        const dataSource = await new DataSource(options).initialize();
        const applied = await runMigrations(dataSource);
        if (applied.length > 0) {
          logger.log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
        }
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
