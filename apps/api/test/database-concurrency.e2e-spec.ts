import pg from 'pg';
import { testDatabaseUrl } from './support/test-database.js';

/**
 * Many clients with parameterised (extended-protocol) queries in flight at once: what
 * the API does whenever the page fires requests together. On the embedded database all
 * of them share one backend, so each connection's Parse/Bind/Execute/Sync must reach it
 * together (see pglite-message-order.ts); on PostgreSQL this holds anyway.
 */
describe('concurrent parameterised queries', () => {
  it('each get their own answer, with no protocol errors', async () => {
    const pools = [0, 1, 2].map(() => new pg.Pool({ connectionString: testDatabaseUrl(), max: 4 }));
    try {
      // Two statement shapes, so a Bind that reached another connection's Parse fails or answers wrongly.
      const queries = Array.from({ length: 300 }, (_, i) =>
        i % 2 === 0
          ? pools[i % pools.length]!.query('SELECT $1::int AS n, $2::text AS label', [i, `q${i}`])
          : pools[i % pools.length]!.query('SELECT $1::int * 10 AS n', [i]),
      );
      // Large statements arrive in many TCP chunks, which is when other connections' messages slip in between.
      const big = 'x'.repeat(512 * 1024);
      const large = Array.from({ length: 20 }, (_, i) => pools[i % pools.length]!.query('SELECT length($1::text) + $2::int AS n', [big, i]));
      const results = await Promise.all(queries);
      (await Promise.all(large)).forEach((result, i) => expect(result.rows).toEqual([{ n: big.length + i }]));
      results.forEach((result, i) => expect(result.rows).toEqual(i % 2 === 0 ? [{ n: i, label: `q${i}` }] : [{ n: i * 10 }]));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
