'use client';

import { ALERT_SEVERITIES, type AlertSeverity } from '@vigil/types';
import { useId } from 'react';

export const STATUS_VIEWS = {
  open: { label: 'Firing & acknowledged', status: 'firing,acknowledged' },
  pending: { label: 'Pending', status: 'pending' },
  resolved: { label: 'Resolved', status: 'resolved' },
} as const;

export type StatusView = keyof typeof STATUS_VIEWS;

export interface AlertFilterState {
  view: StatusView;
  severity: AlertSeverity | '';
}

export function AlertFilters({ value, onChange }: { value: AlertFilterState; onChange: (next: AlertFilterState) => void }) {
  const name = useId();
  const severityId = useId();
  return (
    <div className="filters">
      <fieldset className="range-picker">
        <legend>Show</legend>
        {(Object.keys(STATUS_VIEWS) as StatusView[]).map((view) => (
          <label key={view}>
            <input type="radio" name={name} value={view} checked={value.view === view} onChange={() => onChange({ ...value, view })} />
            <span>{STATUS_VIEWS[view].label}</span>
          </label>
        ))}
      </fieldset>
      <div className="inline-field">
        <label htmlFor={severityId}>Severity</label>
        <select
          id={severityId}
          className="input input-compact"
          value={value.severity}
          onChange={(event) => {
            const severity = ALERT_SEVERITIES.find((item) => item === event.target.value) ?? '';
            onChange({ ...value, severity });
          }}
        >
          <option value="">All</option>
          {ALERT_SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
