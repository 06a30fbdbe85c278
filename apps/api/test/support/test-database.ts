/**
 * Where the test database is. Jest's global setup provides one for the whole run: an
 * in-memory PGlite behind a socket by default, or a fresh database on the PostgreSQL
 * named by DATABASE_URL. Either way the tests see a `DATABASE_URL` and a kind.
 */
export type TestDatabaseKind = 'embedded' | 'postgres';

export const TEST_DB_KIND_ENV = 'VIGIL_TEST_DB_KIND';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env[TEST_DB_KIND_ENV] === 'postgres' ? 'postgres' : 'embedded';
}

export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the Jest global setup did not run');
  return url;
}
