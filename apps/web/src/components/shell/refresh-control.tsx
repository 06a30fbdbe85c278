'use client';

import { useId } from 'react';
import { useRefresh } from '../../lib/refresh/refresh-context';
import { formatRefreshChoice, isRefreshSeconds, REFRESH_CHOICES } from '../../lib/refresh/refresh-preference';

/** The page-wide auto-refresh interval, remembered by this browser. */
export function RefreshControl() {
  const { seconds, isBrowserChoice, choose } = useRefresh();
  const id = useId();
  return (
    <div className="refresh-control">
      <label htmlFor={id}>Auto-refresh</label>
      <select
        id={id}
        className="input input-compact"
        value={String(seconds)}
        onChange={(event) => {
          const value = Number(event.target.value);
          if (isRefreshSeconds(value)) choose(value);
        }}
        aria-describedby={`${id}-hint`}
      >
        {REFRESH_CHOICES.map((choice) => (
          <option key={choice} value={String(choice)}>
            {formatRefreshChoice(choice)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">
        {isBrowserChoice ? 'Chosen in this browser.' : 'The default from Settings.'}
      </span>
    </div>
  );
}
