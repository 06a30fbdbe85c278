import type { MetricPoint } from '@vigil/types';

/** uPlot's columnar data: shared x values (Unix seconds), then one y column per series. */
export type AlignedData = [number[], ...(number | null)[][]];

/**
 * Merges the series' timestamps into one sorted axis; a series without a point at some
 * timestamp gets null there, which uPlot draws as a gap rather than a fake zero.
 */
export function alignSeries(series: readonly (readonly MetricPoint[])[]): AlignedData {
  const times = [...new Set(series.flatMap((points) => points.map(([at]) => at)))].sort((a, b) => a - b);
  const index = new Map(times.map((at, position) => [at, position]));
  const columns = series.map((points) => {
    const column: (number | null)[] = new Array<number | null>(times.length).fill(null);
    for (const [at, value] of points) {
      const position = index.get(at);
      if (position !== undefined && Number.isFinite(value)) column[position] = value;
    }
    return column;
  });
  return [times.map((at) => at / 1_000), ...columns];
}
