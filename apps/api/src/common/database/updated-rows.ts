/**
 * TypeORM's postgres driver answers `UPDATE … RETURNING` (and DELETE) with
 * `[rows, affectedCount]`, but INSERT with the rows alone: this returns the rows.
 */
export function updatedRows(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Record<string, unknown>[];
  }
  return result as Record<string, unknown>[];
}
