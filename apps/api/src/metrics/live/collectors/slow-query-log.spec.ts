import { SlowQueryLog } from './slow-query-log.js';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));

describe('SlowQueryLog', () => {
  describe('isSlow', () => {
    it('counts a query at the threshold as slow', () => {
      const log = new SlowQueryLog(200, 10);
      expect([199.9, 200, 450].map((ms) => log.isSlow(ms))).toEqual([false, true, true]);
    });
  });

  describe('record', () => {
    it('groups statements that differ only in values, with count, max, mean and last seen', () => {
      const log = new SlowQueryLog(100, 10);
      log.record('SELECT * FROM alerts WHERE id = $1', 300, at(1));
      log.record("SELECT * FROM alerts  WHERE id = 'abc'", 500, at(2));
      log.record('SELECT * FROM alerts WHERE id = 7', 250, at(3));
      expect(log.report()).toEqual({
        thresholdMs: 100,
        capacity: 10,
        entries: [
          {
            statement: 'SELECT * FROM alerts WHERE id = ?',
            operation: 'SELECT',
            count: 3,
            maxMs: 500,
            meanMs: 350,
            lastSeenAt: '2026-01-01T00:00:03.000Z',
          },
        ],
      });
    });

    it('lists entries slowest first', () => {
      const log = new SlowQueryLog(0, 10);
      log.record('SELECT 1', 10, at(1));
      log.record('DELETE FROM t', 30, at(2));
      log.record('UPDATE t SET a = 1', 20, at(3));
      expect(log.report().entries.map((e) => [e.operation, e.maxMs])).toEqual([
        ['DELETE', 30],
        ['UPDATE', 20],
        ['SELECT', 10],
      ]);
    });

    it('keeps at most its capacity, replacing the fastest entry only with a slower newcomer', () => {
      const log = new SlowQueryLog(0, 2);
      log.record('SELECT a FROM t', 100, at(1));
      log.record('SELECT b FROM t', 300, at(2));
      log.record('SELECT c FROM t', 50, at(3));
      expect(log.report().entries.map((e) => e.statement)).toEqual(['SELECT b FROM t', 'SELECT a FROM t']);
      log.record('SELECT d FROM t', 200, at(4));
      expect(log.report().entries.map((e) => e.statement)).toEqual(['SELECT b FROM t', 'SELECT d FROM t']);
    });

    it('stays bounded under many distinct statements', () => {
      const log = new SlowQueryLog(0, 50);
      for (let i = 0; i < 5_000; i++) log.record(`SELECT * FROM t_${i}`, i, at(0));
      const entries = log.report().entries;
      expect(entries).toHaveLength(50);
      expect(entries[0]?.maxMs).toBe(4_999);
      expect(entries[49]?.maxMs).toBe(4_950);
    });
  });
});
