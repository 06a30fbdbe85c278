/** The part of a react-query result that panels read; a combination of queries has it too. */
export interface QueryLike<T> {
  data: T | undefined;
  isError: boolean;
  error: Error | null;
  isFetching: boolean;
  /** Epoch ms of the oldest of the combined answers. */
  dataUpdatedAt: number;
  refetch: () => Promise<unknown>;
}

/** One panel fed by several queries: it has data once all have, and fails if any has failed without data. */
export function combineQueries<T>(queries: readonly QueryLike<T>[]): QueryLike<T[]> {
  const data = queries.map((query) => query.data);
  const isComplete = data.every((item): item is T => item !== undefined);
  const failed = queries.find((query) => query.isError);
  return {
    data: isComplete ? data : undefined,
    isError: failed !== undefined,
    error: failed?.error ?? null,
    isFetching: queries.some((query) => query.isFetching),
    dataUpdatedAt: Math.min(...queries.map((query) => query.dataUpdatedAt)),
    refetch: () => Promise.all(queries.map((query) => query.refetch())),
  };
}
