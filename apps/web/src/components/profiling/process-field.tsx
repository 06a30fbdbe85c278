'use client';

import type { ScrapeTarget } from '@vigil/types';
import { useId } from 'react';
import { THIS_API } from '../../lib/profiling/process-choice';
import { apiProcessLabel, targetLabel } from '../../lib/profiling/process-labels';

interface ProcessFieldProps {
  /** Targets whose agent takes remote profiling; the others cannot be offered. */
  profilable: readonly ScrapeTarget[];
  /** How many listed targets cannot be profiled from here, for the hint. */
  notProfilable: number;
  /** The API instance answering this page, once known. */
  apiInstance: string | undefined;
  value: string;
  onChange: (process: string) => void;
}

/** Which process the profile runs in: this API's own, or a watched service's through its agent. */
export function ProcessField({ profilable, notProfilable, apiInstance, value, onChange }: ProcessFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Process</label>
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-hint`}>
        <option value={THIS_API}>{apiProcessLabel(apiInstance)}</option>
        {profilable.map((target) => (
          <option key={target.id} value={target.id}>
            {targetLabel(target)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted hint">
        {notProfilable > 0 && `${notProfilable} listed instance${notProfilable === 1 ? ' is' : 's are'} not offered (no agent, or remote profiling off). `}
        A service can be profiled from here once it imports <code>@vigil/nestjs</code> with <code>serverUrl</code> and <code>token</code> set to
        this server&apos;s <code>AGENT_TOKEN</code>.
      </p>
    </div>
  );
}
