import type { DataSource, EntityManager } from 'typeorm';
import { lockKey } from '../leader-lock.service.js';

/**
 * Takes the named transaction-level advisory lock inside an open transaction: writers
 * on every replica that name the same lock run one after another, and PostgreSQL
 * releases it at commit or rollback, so no path can forget to.
 */
export async function takeAdvisoryXactLock(manager: EntityManager, name: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [lockKey(name)]);
}

/** Runs `work` in a new transaction that holds the named advisory lock from its first statement. */
export function withAdvisoryLock<T>(dataSource: DataSource, name: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await takeAdvisoryXactLock(manager, name);
    return work(manager);
  });
}
