import type { ForecastMethod, ScalingForecast, SeriesForecast } from '@vigil/types';
import { formatTime } from '../../lib/format/units';
import { crossingContextOf, describeCrossingBriefly, FORECAST_METHOD_LABELS, formatSlopePerHour, seriesName, type CrossingContext } from '../../lib/scaling/forecast-text';
import { formatMetricValue } from '../../lib/scaling/metric-format';
import { DataTable } from '../feedback/data-table';

const slopeLabel = (method: ForecastMethod) => `${FORECAST_METHOD_LABELS[method]} slope`;
const crossingLabel = (method: ForecastMethod) => `${FORECAST_METHOD_LABELS[method]} crossing`;

/** One method's slope per hour and crossing; dashes where it has no forecast (under two points). */
function MethodCells({ series, method, context }: { series: SeriesForecast; method: ForecastMethod; context: CrossingContext }) {
  const result = series[method];
  const crossing = result?.crossing ?? null;
  return (
    <>
      <td className="numeric" data-label={slopeLabel(method)}>
        {result ? formatSlopePerHour(result.slopePerSecond, context.unit) : '—'}
      </td>
      <td data-label={crossingLabel(method)}>
        {!result ? (
          <span className="muted">no forecast</span>
        ) : crossing ? (
          <time dateTime={crossing.at} title={formatTime(crossing.at)}>
            {describeCrossingBriefly(crossing, context)}
          </time>
        ) : (
          describeCrossingBriefly(null, context)
        )}
      </td>
    </>
  );
}

/** Each instance (or stored series) apart: its latest value, and per method its slope and crossing. */
export function ForecastSeriesTable({ forecast }: { forecast: ScalingForecast }) {
  const context = crossingContextOf(forecast);
  const columns = [
    { label: forecast.by === 'instance' ? 'Instance' : 'Series' },
    { label: 'Latest', className: 'numeric' },
    ...forecast.methods.flatMap((method) => [{ label: slopeLabel(method), className: 'numeric' }, { label: crossingLabel(method) }]),
  ];
  const bound = context.threshold === null ? 'no threshold' : `${context.direction} ${formatMetricValue(context.threshold, context.unit)}`;
  return (
    <DataTable
      caption={`${forecast.metric} of ${forecast.service} per ${forecast.by}: latest value, slope per hour and crossing ${bound}`}
      columns={columns}
      testId="scaling-forecast-series"
      note="Latest is the last point fitted. Slopes are per hour; a crossing is counted from now, its time shows on hover."
    >
      {forecast.series.map((series) => {
        const name = seriesName(series.labels);
        return (
          <tr key={name}>
            <th scope="row" className="mono">
              {name}
            </th>
            <td className="numeric" data-label="Latest">
              {formatMetricValue(series.current?.value ?? null, context.unit)}
            </td>
            {forecast.methods.map((method) => (
              <MethodCells key={method} series={series} method={method} context={context} />
            ))}
          </tr>
        );
      })}
    </DataTable>
  );
}
