'use client';

import { TargetHealth } from '@vigil/types';
import { useId } from 'react';

export interface TargetFilterState {
  /** '' for every service. */
  service: string;
  health: TargetHealth | '';
}

export const NO_TARGET_FILTER: TargetFilterState = { service: '', health: '' };

interface TargetFiltersProps {
  /** Every service with a target, for the choice. */
  services: readonly string[];
  value: TargetFilterState;
  onChange: (next: TargetFilterState) => void;
}

export function TargetFilters({ services, value, onChange }: TargetFiltersProps) {
  const serviceId = useId();
  const healthId = useId();
  // A chosen service whose last target just went keeps its option, so the select still shows it.
  const choices = value.service && !services.includes(value.service) ? [value.service, ...services] : services;
  return (
    <div className="filters">
      <div className="inline-field">
        <label htmlFor={serviceId}>Service</label>
        <select id={serviceId} className="input input-compact" value={value.service} onChange={(event) => onChange({ ...value, service: event.target.value })}>
          <option value="">All</option>
          {choices.map((service) => (
            <option key={service} value={service}>
              {service}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={healthId}>Health</label>
        <select
          id={healthId}
          className="input input-compact"
          value={value.health}
          onChange={(event) => onChange({ ...value, health: TargetHealth.options.find((health) => health === event.target.value) ?? '' })}
        >
          <option value="">All</option>
          {TargetHealth.options.map((health) => (
            <option key={health} value={health}>
              {health}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
