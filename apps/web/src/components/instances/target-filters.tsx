'use client';

import { TargetHealth } from '@vigil/types';
import { useId } from 'react';

/** '' for every health. The service is the header's picker, shared with the other pages. */
export type TargetHealthFilter = TargetHealth | '';

interface TargetFiltersProps {
  health: TargetHealthFilter;
  onChange: (next: TargetHealthFilter) => void;
}

export function TargetFilters({ health, onChange }: TargetFiltersProps) {
  const healthId = useId();
  return (
    <div className="filters">
      <div className="inline-field">
        <label htmlFor={healthId}>Health</label>
        <select
          id={healthId}
          className="input input-compact"
          value={health}
          onChange={(event) => onChange(TargetHealth.options.find((option) => option === event.target.value) ?? '')}
        >
          <option value="">All</option>
          {TargetHealth.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
