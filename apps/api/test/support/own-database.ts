import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { testDatabaseKind, testDatabaseUrl } from './test-database.js';

export interface OwnDatabase {
  /** For DATABASE_URL; the app migrates it at boot. */
  url: string;
  close(): Promise<void>;
}

/**
 * An empty database for one spec alone, of the run's kind: a new database on the
 * PostgreSQL server of the run, or an in-memory PGlite of its own (in a child process). Other specs write
 * to the shared test database at the same time; a spec that asserts exactly which
 * rows its tables hold needs tables no one else writes.
 */
export async function openOwnDatabase(): Promise<OwnDatabase> {
  return testDatabaseKind() === 'postgres' ? createPostgresDatabase(testDatabaseUrl()) : startPglite();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(serverUrl: string): Promise<OwnDatabase> {
  const name = `vigil_own_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    close: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The PGlite server runs in a child process: Jest's sandbox cannot load PGlite. */
async function startPglite(): Promise<OwnDatabase> {
  const child = spawn(process.execPath, [join(__dirname, 'pglite-server.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`PGlite did not start within 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^READY (\S+)$/m.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PGlite exited with ${String(code)} before it listened:\n${output}`));
    });
  });
  return {
    url,
    async close() {
      child.stdin.end();
      await exited;
    },
  };
}
