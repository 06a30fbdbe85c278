'use client';

import type { ServiceScalingPolicy } from '@vigil/types';
import { useState } from 'react';
import { useScalingForecast, useScalingPolicy } from '../../lib/hooks/scaling';
import { defaultForecastSettings, FORECAST_WINDOW_LABELS, forecastQueryOf, type ForecastSettings } from '../../lib/scaling/forecast-options';
import { Panel } from '../feedback/panel';
import { QueryState } from '../feedback/query-state';
import { ForecastForm } from './forecast-form';
import { ForecastResult } from './forecast-result';

/** One metric of the policy: what is asked, and the answer. */
function MetricForecast({ policy }: { policy: ServiceScalingPolicy }) {
  const [settings, setSettings] = useState<ForecastSettings>(() => defaultForecastSettings(policy.metrics[0]?.name ?? ''));
  // A metric the policy no longer has (it was edited meanwhile) falls back to its first.
  const metric = policy.metrics.find((item) => item.name === settings.metric) ?? policy.metrics[0];
  const isChosen = metric?.name === settings.metric;
  const forecast = useScalingForecast(
    forecastQueryOf(policy.service, isChosen ? settings : { ...settings, metric: metric?.name ?? settings.metric, threshold: null }),
  );
  // Unreachable: the panel shows a policy without metrics as empty.
  if (!metric) return null;
  return (
    <>
      <ForecastForm
        // A new metric starts with the API's threshold: one typed for CPU in percent means nothing for a latency in ms.
        key={metric.name}
        metrics={policy.metrics}
        metric={metric}
        settings={settings}
        failure={forecast.error}
        onChange={setSettings}
      />
      <div aria-live="polite">
        <QueryState
          query={forecast}
          label="Forecast"
          isEmpty={(answer) => answer.mean === null || answer.mean.points.length === 0}
          empty={
            <p className="muted">
              No stored history of {metric.name} for {policy.service} in the {FORECAST_WINDOW_LABELS[settings.window].toLowerCase()}.
            </p>
          }
        >
          {(answer) => <ForecastResult forecast={answer} />}
        </QueryState>
      </div>
    </>
  );
}

/** A policy metric of the service carried ahead: when it would cross a threshold, by a linear fit and by Holt's smoothing. */
export function ForecastPanel({ service }: { service: string }) {
  const policy = useScalingPolicy(service);
  return (
    <Panel title="Forecast">
      <div className="stack-sm">
        <p className="muted hint">
          Fits the stored history of a metric of {service}, averaged over its instances as the HPA averages them, with a least-squares line (as
          Prometheus&apos; predict_linear) and with Holt&apos;s double exponential smoothing, and carries both to the horizon. A crossing after the horizon
          is not reported. Nothing is stored.
        </p>
        <QueryState
          query={policy}
          label="Scaling policy"
          isEmpty={(stored) => stored.metrics.length === 0}
          empty={<p className="muted">The policy of {service} has no metric to forecast.</p>}
        >
          {(stored) => <MetricForecast policy={stored} />}
        </QueryState>
      </div>
    </Panel>
  );
}
