import { formatDuration, type ScalingForecast } from '@vigil/types';
import { formatTime } from '../../lib/format/units';
import { methodSummaries } from '../../lib/scaling/forecast-text';
import { ForecastChart } from './forecast-chart';
import { ForecastSeriesTable } from './forecast-series-table';

/** What was fitted, what each method says about the service's mean, the chart, and each instance apart. */
export function ForecastResult({ forecast }: { forecast: ScalingForecast }) {
  const at = Date.parse(forecast.at);
  const points = forecast.mean?.points.length ?? 0;
  const count = forecast.series.length;
  const seriesWord = forecast.by === 'series' ? 'series' : count === 1 ? 'instance' : 'instances';
  return (
    <section className="stack-sm" aria-label="Forecast result" data-testid="scaling-forecast">
      <ul className="stack-sm">
        {methodSummaries(forecast).map((summary) => (
          <li key={summary.method}>
            <strong>{summary.label}:</strong> {summary.sentence}
            {summary.detail && <span className="muted"> — {summary.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="muted hint">
        Fitted {formatDuration(at - Date.parse(forecast.from))} of {forecast.source.metric} up to{' '}
        <time dateTime={forecast.at}>{formatTime(forecast.at)}</time>: {points} {points === 1 ? 'point' : 'points'} of the mean of {count} {seriesWord},
        one per {formatDuration(forecast.stepMs)}, read at {forecast.resolution} resolution; Holt&apos;s smoothing factor {forecast.smoothing}, trend
        factor {forecast.trend}.
      </p>
      <ForecastChart forecast={forecast} />
      <ForecastSeriesTable forecast={forecast} />
    </section>
  );
}
