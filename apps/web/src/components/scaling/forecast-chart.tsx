'use client';

import type { ScalingForecast } from '@vigil/types';
import { useMemo } from 'react';
import { CHART_UNITS, forecastChartOf } from '../../lib/scaling/forecast-lines';
import { forecastUnitOf } from '../../lib/scaling/forecast-text';
import { TimeSeriesChart } from '../charts/time-series-chart';

/** The service's mean as stored, both predictions carried to the horizon, the threshold and where each crosses it. */
export function ForecastChart({ forecast }: { forecast: ScalingForecast }) {
  // Once per answer: the chart redraws whenever it gets new line arrays.
  const chart = useMemo(() => forecastChartOf(forecast), [forecast]);
  return (
    <TimeSeriesChart
      title={`Forecast of ${forecast.metric} for ${forecast.service}: the mean of its instances, a linear fit and Holt's smoothing, against the threshold`}
      unit={CHART_UNITS[forecastUnitOf(forecast)]}
      series={chart.lines}
      range={chart.range}
    />
  );
}
