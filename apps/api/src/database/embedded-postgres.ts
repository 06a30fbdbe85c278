import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepProtocolCyclesTogether } from './pglite-message-order.js';

export interface EmbeddedPostgres {
  /** A `postgres://` URL that `pg` (and so TypeORM) connects to like any server. */
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; reused on the next start, so data survives restarts. */
  dataDir: string;
  /** 0 picks a free loopback port. */
  port: number;
  /** Must be at least the pool size: PGlite-socket defaults to one connection. */
  maxConnections: number;
}

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) behind a wire-protocol socket on
 * loopback. The API then uses the same `postgres` driver as against a real server, so
 * there is one code path for both. PGlite runs one query at a time and shares a single
 * backend between connections (see LeaderLockService for what that means for locks).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const dataDir = join(options.dataDir, 'pgdata');
  await mkdir(dataDir, { recursive: true });
  // Imported lazily: a deployment with DATABASE_URL never loads the WebAssembly build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db: PGlite = await PGlite.create({ dataDir });
  const server: PGLiteSocketServer = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port,
    maxConnections: options.maxConnections,
  });
  keepProtocolCyclesTogether(server);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
