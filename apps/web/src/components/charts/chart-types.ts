import type { MetricPoint } from '@vigil/types';
import type { Unit } from '../../lib/format/units';

export interface ChartSeries {
  label: string;
  points: MetricPoint[];
}

export interface TimeSeriesChartProps {
  /** Names the chart for screen readers and in its caption. */
  title: string;
  series: ChartSeries[];
  unit: Unit;
  /** Epoch ms; charts on one page share it so their x axes line up. */
  range?: { from: number; to: number };
  height?: number;
  /** Charts with the same key move their hover cursor together. */
  syncKey?: string;
  /** Start the y axis at zero (rates, sizes); off for values that hover far from it. */
  fromZero?: boolean;
}

/**
 * Distinguishable in light and dark themes; series past the first also get a dash
 * pattern, so the legend's names (not colour alone) tell the lines apart.
 */
export const SERIES_COLOURS = ['#2f6fde', '#d9480f', '#2b8a3e', '#9c36b5', '#c2255c', '#0b7285', '#e67700', '#5f3dc4'];
export const SERIES_DASHES: (number[] | undefined)[] = [undefined, [6, 3], [2, 3], [8, 3, 2, 3]];
