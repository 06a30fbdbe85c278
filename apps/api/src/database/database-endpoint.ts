import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { redactUrl, type AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

/**
 * Where the database is: the configured DATABASE_URL, or an embedded PostgreSQL this
 * process starts. It lives in a module imported only by TypeORM's root module so that
 * Nest shuts it down after the DataSource has closed its pool.
 */
export class DatabaseEndpoint implements OnApplicationShutdown {
  private static readonly logger = new Logger('Database');

  private constructor(
    readonly url: string,
    readonly isEmbedded: boolean,
    private readonly embedded?: EmbeddedPostgres,
  ) {}

  static async open(database: AppConfig['database']): Promise<DatabaseEndpoint> {
    if (database.url) {
      DatabaseEndpoint.logger.log(`Using PostgreSQL at ${redactUrl(database.url)}`);
      return new DatabaseEndpoint(database.url, false);
    }
    const started = Date.now();
    const embedded = await startEmbeddedPostgres({
      dataDir: database.dataDir,
      port: database.embeddedPort,
      // Pool connections plus the leader-lock client and a migration runner.
      maxConnections: database.poolSize + 4,
    });
    DatabaseEndpoint.logger.log(
      `Started embedded PostgreSQL (PGlite) in ${Date.now() - started} ms, data in ${database.dataDir}`,
    );
    return new DatabaseEndpoint(embedded.url, true, embedded);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
  }
}
