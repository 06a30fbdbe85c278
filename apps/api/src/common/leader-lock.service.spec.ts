import { DataSource } from 'typeorm';
import { testDatabaseKind, testDatabaseUrl } from '../../test/support/test-database.js';
import { testConfig } from '../../test/support/test-app.js';
import { buildDataSourceOptions } from '../database/data-source-options.js';
import { LeaderLockService, lockKey } from './leader-lock.service.js';

/** One "API instance": its own pool and its own lock service, as a replica would have. */
async function startInstance(name: string) {
  const config = testConfig({ INSTANCE_ID: name });
  const dataSource = await new DataSource(
    buildDataSourceOptions(config.database, testDatabaseUrl(), `leader-test ${name}`),
  ).initialize();
  const lock = new LeaderLockService(dataSource, config);
  return {
    lock,
    async stop() {
      await lock.onApplicationShutdown();
      await dataSource.destroy();
    },
  };
}

/** Fires one tick of a scheduled job on every instance at once; returns who ran it. */
async function tick(instances: { name: string; lock: LeaderLockService }[], job: string) {
  const runs: string[] = [];
  await Promise.all(
    instances.map(({ name, lock }) =>
      lock.runExclusive(job, async () => {
        runs.push(name);
      }),
    ),
  );
  return runs;
}

describe('lockKey', () => {
  it('maps a name to a stable signed 32-bit integer', () => {
    expect(lockKey('metrics.rollup')).toBe(lockKey('metrics.rollup'));
    expect(lockKey('metrics.rollup')).not.toBe(lockKey('alerts.evaluate'));
    for (const name of ['a', 'metrics.rollup', 'x'.repeat(500)]) {
      expect(Number.isInteger(lockKey(name))).toBe(true);
      expect(Math.abs(lockKey(name))).toBeLessThanOrEqual(2 ** 31);
    }
  });
});

describe('LeaderLockService', () => {
  describe('on one instance', () => {
    let instance: Awaited<ReturnType<typeof startInstance>>;
    beforeAll(async () => {
      instance = await startInstance('solo');
    });
    afterAll(() => instance.stop());

    it('runs the job and returns its result', async () => {
      await expect(instance.lock.runExclusive('solo.job', async () => 42)).resolves.toEqual({
        ran: true,
        result: 42,
      });
    });

    it('skips a tick while the previous run of the same job is still going', async () => {
      let release!: () => void;
      const first = instance.lock.runExclusive('solo.slow', () => new Promise<void>((r) => (release = r)));
      // Let the first run get past its lock check before the overlapping tick.
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 20));
      const second = await instance.lock.runExclusive('solo.slow', async () => 'ran');
      expect(second).toEqual({ ran: false, reason: 'previous run still in progress' });
      release();
      await expect(first).resolves.toEqual({ ran: true, result: undefined });
    });

    it('propagates the error of a failed run and runs again next tick', async () => {
      await expect(
        instance.lock.runExclusive('solo.failing', async () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      await expect(instance.lock.runExclusive('solo.failing', async () => 'ok')).resolves.toEqual({
        ran: true,
        result: 'ok',
      });
    });
  });

  // PGlite serves all connections from one backend, where advisory locks never conflict;
  // it is private to the process that embeds it, so two instances cannot share it.
  // CI's second pass runs this against a real PostgreSQL server.
  (testDatabaseKind() === 'postgres' ? describe : describe.skip)('with two instances on one PostgreSQL', () => {
    let a: Awaited<ReturnType<typeof startInstance>>;
    let b: Awaited<ReturnType<typeof startInstance>>;
    beforeEach(async () => {
      a = await startInstance('a');
      b = await startInstance('b');
    });
    afterEach(async () => {
      await a.stop();
      await b.stop();
    });

    it('runs a scheduled job on exactly one instance per tick', async () => {
      const instances = [
        { name: 'a', lock: a.lock },
        { name: 'b', lock: b.lock },
      ];
      const job = `cluster.job.${Date.now()}`;
      const perTick: string[][] = [];
      for (let i = 0; i < 10; i++) perTick.push(await tick(instances, job));

      expect(perTick.every((runs) => runs.length === 1)).toBe(true);
      // The leader keeps the lock: the same instance runs every tick.
      expect(new Set(perTick.flat()).size).toBe(1);
    });

    it('hands the job to the other instance when the leader stops', async () => {
      const job = `cluster.failover.${Date.now()}`;
      const first = await tick([{ name: 'a', lock: a.lock }, { name: 'b', lock: b.lock }], job);
      expect(first).toHaveLength(1);
      const [leader, follower] = first[0] === 'a' ? [a, b] : [b, a];
      const followerName = first[0] === 'a' ? 'b' : 'a';

      await leader.lock.onApplicationShutdown();
      const after = await tick([{ name: followerName, lock: follower.lock }], job);
      expect(after).toEqual([followerName]);
      expect(follower.lock.leading()).toContain(job);
    });
  });
});
