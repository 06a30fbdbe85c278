'use client';

import { useId } from 'react';
import { ALL_PROCESSES, type ProcessOption } from '../../lib/profiling/session-filter';

interface ProcessFilterProps {
  options: readonly ProcessOption[];
  value: string;
  onChange: (process: string) => void;
}

/** Narrows the past sessions to those taken in one process. */
export function ProcessFilter({ options, value, onChange }: ProcessFilterProps) {
  const id = useId();
  return (
    <div className="filters">
      <div className="inline-field">
        <label htmlFor={id}>Taken in</label>
        <select id={id} className="input input-compact" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value={ALL_PROCESSES}>every process</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
