'use client';

import { PROFILE_TYPES, type ProfileType, type ScrapeTarget } from '@vigil/types';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../lib/api-client';
import { useStartProfiling } from '../../lib/hooks/profiler';
import { resolveProcess, targetOfRequest } from '../../lib/profiling/process-choice';
import { sessionProcessLabel } from '../../lib/profiling/process-labels';
import { ProcessField } from './process-field';
import { PROFILE_TYPE_LABEL } from './profile-labels';

const HINT: Record<ProfileType, string> = {
  cpu: 'Samples the call stack; costs a few per cent of throughput while it runs.',
  'heap-sampling': 'Records who allocates what stays alive; small cost.',
  'heap-snapshot': 'Every object at once; blocks the event loop while written and needs twice the used heap free.',
};

interface StartProfileFormProps {
  profilable: readonly ScrapeTarget[];
  notProfilable: number;
  apiInstance: string | undefined;
  /** The service picked in the header: its first instance is the default process. */
  service: string;
}

export function StartProfileForm({ profilable, notProfilable, apiInstance, service }: StartProfileFormProps) {
  const start = useStartProfiling();
  const [type, setType] = useState<ProfileType>('cpu');
  const [seconds, setSeconds] = useState('30');
  const [label, setLabel] = useState('');
  const [chosenProcess, setChosenProcess] = useState<string | null>(null);
  const ids = { type: useId(), duration: useId(), label: useId(), hint: useId() };
  const process = resolveProcess(chosenProcess, profilable, service);
  const hasDuration = type !== 'heap-snapshot';
  const fieldProblems = start.error instanceof ApiError ? start.error.fieldProblems : [];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const durationMs = Math.round(Number(seconds) * 1_000);
    start.mutate({
      type,
      ...(hasDuration && Number.isFinite(durationMs) && durationMs > 0 ? { durationMs } : {}),
      ...(label.trim() ? { label: label.trim() } : {}),
      ...targetOfRequest(process),
    });
  }

  return (
    <form className="card stack-sm" onSubmit={handleSubmit} aria-labelledby={ids.type} data-testid="start-profile-form">
      <h2 id={ids.type}>Start a profile</h2>
      <ProcessField profilable={profilable} notProfilable={notProfilable} apiInstance={apiInstance} value={process} onChange={setChosenProcess} />
      <fieldset className="choice-group">
        <legend>Kind</legend>
        {PROFILE_TYPES.map((option) => (
          <label key={option}>
            <input type="radio" name="profile-type" value={option} checked={type === option} onChange={() => setType(option)} />
            {PROFILE_TYPE_LABEL[option]}
          </label>
        ))}
      </fieldset>
      <p id={ids.hint} className="muted hint">
        {HINT[type]}
      </p>
      <div className="form-row">
        {hasDuration && (
          <div className="field">
            <label htmlFor={ids.duration}>Duration (seconds)</label>
            <input
              id={ids.duration}
              className="input input-short"
              type="number"
              min={1}
              inputMode="numeric"
              value={seconds}
              onChange={(event) => setSeconds(event.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.label}>Label (optional)</label>
          <input id={ids.label} className="input" type="text" maxLength={120} value={label} onChange={(event) => setLabel(event.target.value)} />
        </div>
      </div>
      {/* The API's own words: a 409 quotes the agent's refusal, a 502 names the agent it could not reach. */}
      {start.error && (
        <p className="form-problem" role="alert" data-testid="start-profile-problem">
          {fieldProblems.length > 0 ? fieldProblems.map((problem) => `${problem.field}: ${problem.problem}`).join('; ') : start.error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={start.isPending} aria-describedby={ids.hint}>
          {start.isPending ? 'Starting…' : `Start ${type === 'cpu' ? 'CPU profile' : PROFILE_TYPE_LABEL[type].toLowerCase()}`}
        </button>
        <p className="muted" role="status">
          {start.isSuccess ? `${PROFILE_TYPE_LABEL[start.data.type]} started in ${sessionProcessLabel(start.data)}.` : ''}
        </p>
      </div>
    </form>
  );
}
