import type { DataSource } from 'typeorm';

/**
 * Repeats a DELETE whose `$2` limits it to `batch` rows until one removes fewer, and
 * returns how many went. One huge DELETE would hold its locks (and, on the embedded
 * database, the only backend) for as long as it runs.
 */
export async function deleteInBatches(dataSource: DataSource, sql: string, params: [unknown, number, ...unknown[]]): Promise<number> {
  const batch = params[1];
  let total = 0;
  for (;;) {
    // TypeORM answers a DELETE with [rows, affectedCount].
    const [, deleted] = await dataSource.query(sql, params);
    const count = Number(deleted ?? 0);
    total += count;
    if (count < batch) return total;
  }
}
