import { DataSource } from 'typeorm';
import { testConfig } from '../../../test/support/test-app.js';
import { testDatabaseUrl } from '../../../test/support/test-database.js';
import { buildDataSourceOptions } from '../../database/data-source-options.js';
import { lockKey } from '../leader-lock.service.js';
import { withAdvisoryLock } from './advisory-lock.js';

/** Two pools, as two replicas would have. */
async function openPool(name: string): Promise<DataSource> {
  return new DataSource(buildDataSourceOptions(testConfig().database, testDatabaseUrl(), `advisory-lock-test ${name}`)).initialize();
}

describe('withAdvisoryLock', () => {
  let first: DataSource;
  let second: DataSource;

  beforeAll(async () => {
    [first, second] = await Promise.all([openPool('a'), openPool('b')]);
  });

  afterAll(async () => {
    await Promise.all([first.destroy(), second.destroy()]);
  });

  it('runs two holders of the same lock one after the other, across pools', async () => {
    const steps: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const isHolding = new Promise<void>((resolve) => (entered = resolve));

    const a = withAdvisoryLock(first, 'test.serialise', async () => {
      steps.push('a in');
      entered();
      await held;
      steps.push('a out');
    });
    await isHolding;
    const b = withAdvisoryLock(second, 'test.serialise', async () => {
      steps.push('b in');
    });
    // Give b every chance to get in early: it must still be waiting on the lock.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(steps).toEqual(['a in']);
    release();
    await Promise.all([a, b]);
    expect(steps).toEqual(['a in', 'a out', 'b in']);
  });

  it('holds the lock for the work and returns what the work returns', async () => {
    // A one-int advisory lock shows in pg_locks with the key's low 32 bits as objid.
    const heldCount = (manager: { query: DataSource['query'] }) =>
      manager
        .query<{ n: number }[]>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND objid = $1::bigint::oid AND granted", [
          lockKey('test.result') >>> 0,
        ])
        .then(([row]) => row!.n);
    const result = await withAdvisoryLock(first, 'test.result', async (manager) => ({ during: await heldCount(manager) }));
    expect(result).toEqual({ during: 1 });
    expect(await heldCount(first)).toBe(0);
  });

  it('releases the lock when the work throws, so the next holder gets in', async () => {
    await expect(
      withAdvisoryLock(first, 'test.rollback', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(withAdvisoryLock(second, 'test.rollback', async () => 'next')).resolves.toBe('next');
  });
});
