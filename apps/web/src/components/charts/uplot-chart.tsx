'use client';

import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { alignSeries } from '../../lib/charts/align-series';
import { formatValue } from '../../lib/format/units';
import { SERIES_COLOURS, SERIES_DASHES, type TimeSeriesChartProps } from './chart-types';

const DEFAULT_HEIGHT = 220;
const SPARSE_POINTS = 60;

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

type Range = { from: number; to: number } | undefined;

function buildOptions(props: TimeSeriesChartProps, width: number, range: { current: Range }): uPlot.Options {
  const { series, unit, syncKey, fromZero = true } = props;
  const axisColour = cssVar('--text-muted', '#59616d');
  const gridColour = cssVar('--border', '#d5d9e0');
  const format = (value: number | null) => formatValue(unit, value);
  const axis = { stroke: axisColour, grid: { stroke: gridColour, width: 1 }, ticks: { stroke: gridColour, width: 1 } };
  return {
    width,
    height: props.height ?? DEFAULT_HEIGHT,
    cursor: syncKey ? { sync: { key: syncKey } } : {},
    scales: {
      x: {
        time: true,
        // Read through the ref so a refetch moves the window without rebuilding the chart.
        range: (_u, min, max): uPlot.Range.MinMax =>
          range.current ? [range.current.from / 1_000, range.current.to / 1_000] : [min, max],
      },
      y: fromZero ? { range: (_u, _min, max): uPlot.Range.MinMax => [0, max > 0 ? max * 1.1 : 1] } : {},
    },
    axes: [axis, { ...axis, size: 88, values: (_u, splits) => splits.map((value) => format(value)) }],
    series: [
      {},
      ...series.map((item, index) => ({
        label: item.label,
        stroke: SERIES_COLOURS[index % SERIES_COLOURS.length],
        dash: SERIES_DASHES[index % SERIES_DASHES.length],
        width: 1.5,
        // Dots only while a line is sparse: a fresh install has a handful of samples, and a lone point draws no line.
        points: { show: (self: uPlot) => self.data[0].length < SPARSE_POINTS, size: 5 },
        value: (_u: uPlot, value: number | null) => format(value),
      })),
    ],
  };
}

/** The uPlot-backed chart; loaded on demand by `TimeSeriesChart` so pages without charts skip it. */
export function UplotChart(props: TimeSeriesChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const range = useRef<Range>(props.range);
  range.current = props.range;
  const data = useMemo(() => alignSeries(props.series.map((item) => item.points)), [props.series]);
  const dataRef = useRef(data);
  dataRef.current = data;
  const propsRef = useRef(props);
  propsRef.current = props;
  // The set of lines and the unit decide the options; a change of either rebuilds the chart.
  const shape = `${props.unit}|${props.series.map((item) => item.label).join('\u0000')}`;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const options = buildOptions(propsRef.current, element.clientWidth || 300, range);
    const chart = new uPlot(options, dataRef.current as uPlot.AlignedData, element);
    plot.current = chart;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (width > 0) chart.setSize({ width, height: propsRef.current.height ?? DEFAULT_HEIGHT });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [shape]);

  useEffect(() => {
    plot.current?.setData(data as uPlot.AlignedData);
  }, [data]);

  return <div ref={container} className="uplot-host" />;
}
