'use client';

import { useId } from 'react';
import { isTimeRangeKey, TIME_RANGE_KEYS, TIME_RANGES } from '../../lib/time-range';
import { useTimeRange } from './time-range-context';

/** Native radio buttons: arrow keys move between ranges, and screen readers announce the group. */
export function RangePicker() {
  const { range, setRange } = useTimeRange();
  const name = useId();
  return (
    <fieldset className="range-picker">
      <legend>Range</legend>
      {TIME_RANGE_KEYS.map((key) => (
        <label key={key}>
          <input
            type="radio"
            name={name}
            value={key}
            checked={range === key}
            aria-label={TIME_RANGES[key].label}
            onChange={(event) => {
              if (isTimeRangeKey(event.target.value)) setRange(event.target.value);
            }}
          />
          <span aria-hidden="true">{key}</span>
        </label>
      ))}
    </fieldset>
  );
}
