import type { DataSource, Migration } from 'typeorm';

/** Arbitrary but fixed: every replica contends for the same key. */
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Runs pending migrations while holding a blocking advisory lock, so replicas that
 * start together apply them once, one after the other, rather than racing.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
