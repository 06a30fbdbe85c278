import { randomBytes } from 'node:crypto';
import Module from 'node:module';
import pg from 'pg';

interface TestDatabaseState {
  stop: () => Promise<void>;
}

declare global {
  var __vigilTestDatabase: TestDatabaseState | undefined;
}

/**
 * Jest transforms this file but resolves its imports with Node's own resolver, without
 * `moduleNameMapper`. Sources import each other as `./x.js` (Node ESM needs the suffix),
 * which does not exist before a build: point such relative requests at the `.ts` file.
 * This file's own relative imports must therefore come after the hook, as dynamic ones.
 */
function resolveTypeScriptSources(): void {
  type Resolve = (request: string, parent: unknown, ...rest: unknown[]) => string;
  const mod = Module as unknown as { _resolveFilename: Resolve };
  const original = mod._resolveFilename;
  mod._resolveFilename = function resolveTs(request, parent, ...rest) {
    if (request.startsWith('.') && request.endsWith('.js')) {
      try {
        return original.call(this, request.slice(0, -3) + '.ts', parent, ...rest);
      } catch {
        // Not a TypeScript source: resolve the request as written.
      }
    }
    return original.call(this, request, parent, ...rest);
  };
}

/** A fresh database on the server, so repeated runs never see each other's rows. */
async function createPostgresDatabase(adminUrl: string): Promise<string> {
  const name = `vigil_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  globalThis.__vigilTestDatabase = {
    stop: async () => {
      const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function startPglite(): Promise<string> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  const { keepProtocolCyclesTogether } = await import('../src/database/pglite-message-order.js');
  keepProtocolCyclesTogether(server);
  await server.start();
  globalThis.__vigilTestDatabase = {
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
  return `postgres://postgres@${server.getServerConn()}/postgres`;
}

/** Migrates once for the whole run; test apps then find the schema in place. */
async function migrate(url: string): Promise<void> {
  const { DataSource } = await import('typeorm');
  const { loadConfig } = await import('../src/config/app-config.js');
  const { buildDataSourceOptions } = await import('../src/database/data-source-options.js');
  const { runMigrations } = await import('../src/database/migration-runner.js');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const dataSource = await new DataSource(
    buildDataSourceOptions(config.database, url, 'vigil-test-setup'),
  ).initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
}

export default async function globalSetup(): Promise<void> {
  resolveTypeScriptSources();
  const { TEST_DB_KIND_ENV } = await import('./support/test-database.js');
  const adminUrl = process.env.DATABASE_URL;
  const url = adminUrl ? await createPostgresDatabase(adminUrl) : await startPglite();
  process.env.DATABASE_URL = url;
  process.env[TEST_DB_KIND_ENV] = adminUrl ? 'postgres' : 'embedded';
  await migrate(url);
  console.log(`\nTest database: ${process.env[TEST_DB_KIND_ENV]}`);
}
